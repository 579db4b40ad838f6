package lv.socialais.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: the deployed portal's address, one headless chromium per test
 * class (started at first use, closed after the class; a CSP violation fails a test), a session
 * without cookies before each test, axe for the accessibility checks, the sign-ins of residents
 * and staff, and HTTP in the browser's session for documents. Each class still declares its
 * {@code @Deployment}: the war, with the settings it needs. The pages themselves are in
 * {@code testing.pages}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTest {

    protected static final Axe AXE = new Axe();

    @RegisterExtension
    protected static final Browser BROWSER = new Browser();

    @ArquillianResource
    protected URL portal;

    protected WebDriver driver;
    protected StaffBrowser staff;

    @BeforeEach
    void freshSession() {
        driver = BROWSER.driver();
        driver.manage().deleteAllCookies();
        staff = new StaffBrowser(driver, portal);
    }

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    /** Opens a path of the portal, "/" for the catalogue. */
    protected void open(String path) {
        driver.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    protected void assertAccessible(String page) {
        assertEquals("[]", AXE.seriousViolations(driver), "axe-core on " + page);
    }

    /** Signs a resident in through the development stand-in for eID; it ends on My applications. */
    protected void signInResident(String personalCode) {
        open("/signin/index.xhtml");
        driver.findElement(By.id("signin:code")).sendKeys(personalCode);
        Wait.forNewPage(driver, () -> driver.findElement(By.id("signin:submit")).click());
        Wait.forUrl(driver, "/resident/applications");
    }

    /** A GET of a path ("/resident/decision.pdf?id=1") in the browser's session: its status and bytes. */
    protected HttpResponse<byte[]> get(String path) {
        WebSession session = new WebSession(portal);
        for (Cookie cookie : driver.manage().getCookies()) {
            session.addCookie(cookie.getName(), cookie.getValue());
        }
        return session.getBytes(path);
    }

    /** The id in the address of the page shown (an application's). */
    protected String idInTheAddress() {
        return driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }
}
