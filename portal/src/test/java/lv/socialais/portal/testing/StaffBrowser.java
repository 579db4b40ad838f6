package lv.socialais.portal.testing;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A member of staff in the test's browser: signing in with the development password and out again. */
public final class StaffBrowser {

    public static final String PASSWORD = "portal-test-staff";

    private final WebDriver driver;
    private final URL portal;

    public StaffBrowser(WebDriver driver, URL portal) {
        this.driver = driver;
        this.portal = portal;
    }

    /** Signs in with the development password; the sign-in lands on the queue. */
    public void signIn(String user) {
        signIn(user, PASSWORD);
    }

    public void signIn(String user, String password) {
        driver.get(portal + "staff/signin.xhtml");
        driver.findElement(By.id("staffSignIn:username")).sendKeys(user);
        driver.findElement(By.id("staffSignIn:password")).sendKeys(password);
        driver.findElement(By.id("staffSignIn:signIn")).click();
        Wait.forElement(driver, By.id("queue:entries"));
    }

    public void signOut() {
        // The menu's sign-out button posts the form; a GET of /staff/signout is refused.
        driver.get(portal + "staff/queue.xhtml");
        if (!driver.findElements(By.id("staffSignOutButton")).isEmpty()) {
            driver.findElement(By.id("staffSignOutButton")).click();
            Wait.forElement(driver, By.id("staffSignIn:username"));
        }
        driver.manage().deleteAllCookies();
    }
}
