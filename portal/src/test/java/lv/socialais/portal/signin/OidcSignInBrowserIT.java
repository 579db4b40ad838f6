package lv.socialais.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.Wait;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Residents signing in through OpenID Connect (RESIDENT_SIGN_IN=oidc) in a real headless
 * chromium, against the register simulator's stand-in eID provider. The portal is deployed with
 * the OIDC settings in its own configuration file, so the other test classes keep the
 * development sign-in; the client secret comes from the environment both servers share.
 */
class OidcSignInBrowserIT extends BrowserTest {

    /** Fixture persons no other test class signs in as. */
    private static final String GUNTIS = "05048112339";

    private static final String VALDIS = "01034911940";
    private static final String MARTA_A_CHILD = "19051622046";

    private static final ResourceBundle LATVIAN =
            ResourceBundle.getBundle("lv.socialais.portal.i18n.messages", Locale.forLanguageTag("lv"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(
                Deployments.production(),
                "RESIDENT_SIGN_IN=oidc",
                "OIDC_ISSUER=http://localhost:" + System.getProperty("simulator.port") + "/simulator/oidc",
                "OIDC_CLIENT_ID=socialais-portal");
    }

    @BeforeEach
    void onThePortalWithoutCookies() {
        open("/index.xhtml");
        driver.manage().deleteAllCookies();
    }

    @Test
    void aResidentOpeningHisPageIsSentToTheProviderAndComesBackToItSignedInWithHisNameFromTheRegister() {
        open("/resident/applications.xhtml");

        waitForUrl("/simulator/oidc/authorize");
        assertTrue(driver.getCurrentUrl().contains("code_challenge_method=S256"), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("nonce="), driver.getCurrentUrl());
        driver.findElement(By.cssSelector("button[data-code='" + GUNTIS + "']")).click();

        waitForUrl("/resident/applications.xhtml");
        waitForText(By.cssSelector(".signed-in-as"), "Guntis Zariņš");
        assertEquals(
                LATVIAN.getString("mine.title"),
                driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void signingInFromTheMenuGoesThroughTheProviderToMyApplications() {
        open("/index.xhtml");
        driver.findElement(By.id("nav-signin")).click();

        waitForUrl("/simulator/oidc/authorize");
        driver.findElement(By.cssSelector("button[data-code='" + VALDIS + "']")).click();

        waitForUrl("/resident/applications.xhtml");
        waitForText(By.cssSelector(".signed-in-as"), "Valdis Jansons");
    }

    @Test
    void staffStillSignInWithTheirPasswordAndAreNeverSentToTheProvider() {
        open("/staff/queue.xhtml");

        Wait.until(
                driver,
                ExpectedConditions.and(
                        ExpectedConditions.urlContains("/staff/signin.xhtml"),
                        ExpectedConditions.textToBe(By.tagName("h1"), LATVIAN.getString("staff.signIn.title"))));
        driver.findElement(By.id("staffSignIn:username")).sendKeys("vaditaja");
        driver.findElement(By.id("staffSignIn:password")).sendKeys(System.getenv("DEV_STAFF_PASSWORD"));
        driver.findElement(By.id("staffSignIn:signIn")).click();

        Wait.forElement(driver, By.id("queue:entries"));
        assertTrue(driver.getCurrentUrl().contains("/staff/"), driver.getCurrentUrl());
    }

    @Test
    void signingOutEndsTheSessionSoTheNextResidentPageAsksTheProviderAgain() {
        signInAs(VALDIS);

        driver.findElement(By.id("signout:button")).click();

        Wait.until(driver, d -> d.findElements(By.id("nav-signin")).size() == 1);
        assertTrue(
                driver.getCurrentUrl().startsWith(portal.toExternalForm().replaceAll("/$", "")),
                "back on the portal: " + driver.getCurrentUrl());
        open("/resident/applications.xhtml");
        waitForUrl("/simulator/oidc/authorize"); // signed out: the provider is asked again
    }

    @Test
    void anAnswerCarryingAnotherStateIsRefusedWithAClearMessageAndNobodyIsSignedIn() {
        open("/resident/applications.xhtml");
        waitForUrl("/simulator/oidc/authorize");

        // An answer that belongs to no sign-in started in this browser, e.g. a link planted by someone else.
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelectorAll(\"input[name='state']\").forEach(i => i.value = 'forged-state');");
        driver.findElement(By.cssSelector("button[data-code='" + GUNTIS + "']")).click();

        assertProblemShown("signin.oidc.problem.state");
        assertEquals(0, driver.findElements(By.cssSelector(".signed-in-as")).size(), "nobody signed in");
        assertEquals("[]", AXE.seriousViolations(driver), "axe-core on the refused sign-in");

        driver.findElement(By.id("retry")).click(); // trying again goes to the provider and back to the page he wanted
        waitForUrl("/simulator/oidc/authorize");
        driver.findElement(By.cssSelector("button[data-code='" + GUNTIS + "']")).click();
        waitForUrl("/resident/applications.xhtml");
        waitForText(By.cssSelector(".signed-in-as"), "Guntis Zariņš");
    }

    @Test
    void aChildPickedAtTheProviderIsRefusedAsWithTheDevelopmentSignIn() {
        open("/resident/applications.xhtml");
        waitForUrl("/simulator/oidc/authorize");

        driver.findElement(By.cssSelector("button[data-code='" + MARTA_A_CHILD + "']"))
                .click();

        assertProblemShown("signin.oidc.problem.minor");
    }

    @Test
    void cancellingAtTheProviderSaysSo() {
        open("/resident/applications.xhtml");
        waitForUrl("/simulator/oidc/authorize");

        driver.findElement(By.id("cancel")).click();

        assertProblemShown("signin.oidc.problem.cancelled");
    }

    private void signInAs(String code) {
        open("/resident/applications.xhtml");
        waitForUrl("/simulator/oidc/authorize");
        driver.findElement(By.cssSelector("button[data-code='" + code + "']")).click();
        waitForUrl("/resident/applications.xhtml");
        Wait.forElement(driver, By.id("signout:button"));
    }

    private void assertProblemShown(String key) {
        waitForUrl("/signin/index.xhtml");
        waitForText(By.id("signin-problem"), LATVIAN.getString(key));
        assertEquals(
                LATVIAN.getString(key),
                driver.findElement(By.id("signin-problem")).getText());
    }

    private void waitForUrl(String part) {
        Wait.forUrl(driver, part);
    }

    private void waitForText(By where, String text) {
        Wait.forText(driver, where, text);
    }
}
