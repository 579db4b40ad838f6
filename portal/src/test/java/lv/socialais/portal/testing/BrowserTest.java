package lv.socialais.portal.testing;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: the deployed portal's address, one headless chromium per test
 * class (started at first use, closed after the class; a CSP violation fails a test), a session
 * without cookies before each test, axe for the accessibility checks, and a member of staff's
 * moves. Each class still declares its {@code @Deployment}: the war, with the settings it needs.
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
}
