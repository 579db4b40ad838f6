package lv.socialais.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff workspace in the test's browser: signing in and out, waiting for PrimeFaces and for
 * the registers' evidence, and fetching documents over HTTP in the browser's session.
 */
public final class StaffBrowser {

    public static final String PASSWORD = "portal-test-staff";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final WebDriver driver;
    private final URL portal;

    public StaffBrowser(WebDriver driver, URL portal) {
        this.driver = driver;
        this.portal = portal;
    }

    /** Signs in with the development password; the sign-in lands on the queue. */
    public void signIn(String user) {
        driver.get(portal + "staff/signin.xhtml");
        driver.findElement(By.id("staffSignIn:username")).sendKeys(user);
        driver.findElement(By.id("staffSignIn:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("staffSignIn:signIn")).click();
        waitFor(By.id("queue:entries"));
    }

    public void signOut() {
        // The menu's sign-out button posts the form; a GET of /staff/signout is refused.
        driver.get(portal + "staff/queue.xhtml");
        if (!driver.findElements(By.id("staffSignOutButton")).isEmpty()) {
            driver.findElement(By.id("staffSignOutButton")).click();
            waitFor(By.id("staffSignIn:username"));
        }
        driver.manage().deleteAllCookies();
    }

    /** The outbox worker asks the registers after the filing: reloads the case until the register's evidence is there. */
    public void awaitEvidence(String register, int seconds) {
        for (int i = 0;
                i < seconds
                        && !driver.findElement(By.id("case:evidence")).getText().contains(register);
                i++) {
            sleep(1000);
            driver.navigate().refresh();
            waitFor(By.id("case:evidence"));
        }
    }

    /** Clicks an ajax button and waits until PrimeFaces has updated the page. */
    public void click(By button) {
        driver.findElement(button).click();
        awaitAjax();
    }

    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    public void waitFor(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** A GET of a path under the portal ("/resident/decision.pdf?id=1") in the browser's session. */
    public HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.toExternalForm() + path.substring(1)));
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
