package lv.socialais.portal.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator in a real browser: edits an application type and sees it in the public
 * catalogue, publishes a form version that a new resident wizard shows, creates a staff user
 * who then signs in with his role, adds a threshold with an effective date; and a caseworker is
 * refused the administration pages. Uses HYGIENE_SERVICE, which no other test class changes,
 * unique values per run and a threshold far in the future.
 */
class AdministrationBrowserIT extends BrowserTest {

    private static final String PASSWORD = "portal-test-staff";
    private static final String TYPE = "HYGIENE_SERVICE";
    private static final String RESIDENT = "140385-12712";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anAdministratorRenamesATypeAndChangesItsDeadlineAndThePublicCatalogueShowsIt() {
        String name = "Higiēnas pakalpojums " + unique();
        signIn("admins");
        open("staff/admin/types.xhtml");
        driver.findElement(By.id("types:text")).sendKeys("hygiene");
        clickAndReload(By.id("types:search"));
        assertAccessible("type list");
        driver.findElement(By.cssSelector("a.type-open")).click();
        waitFor(By.id("type:nameLv"));
        assertAccessible("type page");

        replace(By.id("type:nameLv"), name);
        replace(By.id("type:deadline"), "abc");
        clickAndReload(By.id("type:save"));
        assertTrue(
                driver.findElement(By.id("type")).getText().contains("ierakstiet veselu skaitli"),
                "a wrong deadline is refused");
        assertEquals(name, driver.findElement(By.id("type:nameLv")).getAttribute("value"), "what was entered stays");
        replace(By.id("type:deadline"), "27");
        String document = "Ārsta izziņa " + unique();
        int documents =
                driver.findElements(By.cssSelector("input[id$=':docNameLv']")).size();
        driver.findElement(By.id("type:addDocument")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("input[id$=':docNameLv']"))
                                .size()
                        > documents);
        last(By.cssSelector("input[id$=':code']")).sendKeys("DOCTOR_NOTE");
        last(By.cssSelector("input[id$=':docNameLv']")).sendKeys(document);
        last(By.cssSelector("input[id$=':docNameEn']")).sendKeys("Doctor's note");
        last(By.cssSelector("input[id$=':docNameRu']")).sendKeys("Справка врача");
        clickAndReload(By.id("type:save"));
        assertTrue(
                driver.findElement(By.id("type:messages")).getText().contains("saglabāts"),
                driver.findElement(By.id("type:messages")).getText());

        driver.manage().deleteAllCookies();
        open("");
        WebElement card = driver.findElement(By.cssSelector("li.card[data-type='" + TYPE + "']"));
        assertTrue(card.getText().contains(name), card.getText());
        assertTrue(card.getText().contains("27"), "the new deadline: " + card.getText());
        assertTrue(card.getText().contains(document), "the new document: " + card.getText());
    }

    @Test
    void aPublishedFormVersionIsWhatANewResidentWizardAsks() {
        String label = "Kāds higiēnas pakalpojums jums vajadzīgs? " + unique();
        signIn("admins");
        open("staff/admin/form.xhtml?code=" + TYPE);
        waitFor(By.id("form:publish"));
        assertAccessible("form page");
        String before = driver.findElement(By.id("form:current")).getText();
        WebElement firstLabel = driver.findElement(
                By.cssSelector("fieldset.question[data-field='services_needed'] input[id$='labelLv']"));
        firstLabel.clear();
        firstLabel.sendKeys(label);
        clickAndReload(By.id("form:publish"));
        assertTrue(
                driver.findElement(By.id("form:messages")).getText().contains("Publicēta"),
                driver.findElement(By.id("form:messages")).getText());
        assertFalse(before.equals(driver.findElement(By.id("form:current")).getText()), "a new current version");

        driver.manage().deleteAllCookies();
        open("signin/index.xhtml");
        driver.findElement(By.id("signin:code")).sendKeys(RESIDENT);
        driver.findElement(By.id("signin:submit")).click();
        // The sign-in redirects twice before My applications: wait for where it ends.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/resident/applications"));
        open("resident/apply.xhtml?type=" + TYPE);
        By question = By.cssSelector("div[data-field='services_needed']");
        for (int step = 0; step < 5 && driver.findElements(question).isEmpty(); step++) {
            clickAndReload(By.id("wizard:next"));
        }
        assertTrue(
                driver.findElement(question).getText().contains(label),
                driver.findElement(question).getText());
    }

    @Test
    void aNewStaffUserSignsInWithTheRoleGiven() {
        String username = "darbinieks" + unique();
        signIn("admins");
        open("staff/admin/users.xhtml");
        assertAccessible("staff users");
        driver.findElement(By.id("create:username")).sendKeys(username);
        driver.findElement(By.id("create:displayName")).sendKeys("Dace Pārbaude");
        driver.findElement(By.id("create:password")).sendKeys("short");
        driver.findElement(By.cssSelector("input[name='create:roles'][value='CASEWORKER']"))
                .click();
        new Select(driver.findElement(By.id("create:department"))).selectByValue("SOCIAL_ASSISTANCE");
        clickAndReload(By.id("create:createUser"));
        assertTrue(
                driver.findElement(By.id("create:messages")).getText().contains("vismaz 10"),
                "a weak password is refused");
        assertEquals(
                username, driver.findElement(By.id("create:username")).getAttribute("value"), "what was entered stays");

        driver.findElement(By.id("create:password")).sendKeys("Drosa-Parole-2026");
        clickAndReload(By.id("create:createUser"));
        assertTrue(
                driver.findElement(By.id("create:messages")).getText().contains("izveidots"),
                driver.findElement(By.id("create:messages")).getText());
        assertTrue(driver.findElement(By.id("users")).getText().contains(username));
        assertFalse(driver.getPageSource().contains("PBKDF2"), "no password hash on the page");

        signOut();
        driver.get(portal + "staff/signin.xhtml");
        driver.findElement(By.id("staffSignIn:username")).sendKeys(username);
        driver.findElement(By.id("staffSignIn:password")).sendKeys("Drosa-Parole-2026");
        driver.findElement(By.id("staffSignIn:signIn")).click();
        waitFor(By.id("queue:entries"));
        assertTrue(
                driver.findElement(By.cssSelector(".staff-nav__who")).getText().contains("sociālais darbinieks"));
        assertTrue(driver.findElements(By.id("adminTypes")).isEmpty(), "no administration links for a caseworker");
    }

    @Test
    void aThresholdIsAddedWithAFutureEffectiveDateAndASecondOneForTheSameDateIsRefused() {
        signIn("admins");
        open("staff/admin/reference.xhtml?kind=GMI");
        assertAccessible("reference data");
        assertEquals(
                1,
                driver.findElements(By.cssSelector("#values .in-force")).size(),
                "the value in force today is marked");
        driver.findElement(By.id("add:validFrom")).sendKeys("2040-01-01");
        driver.findElement(By.id("add:value")).sendKeys("321.00");
        driver.findElement(By.id("add:other")).sendKeys("224.70");
        driver.findElement(By.id("add:source")).sendKeys("AdministrationBrowserIT");
        clickAndReload(By.id("add:addValue"));
        assertTrue(
                driver.findElement(By.id("add:messages")).getText().contains("pievienota"),
                driver.findElement(By.id("add:messages")).getText());
        assertTrue(driver.findElement(By.id("values")).getText().contains("321.00"));

        driver.findElement(By.id("add:validFrom")).sendKeys("2040-01-01");
        driver.findElement(By.id("add:value")).sendKeys("330.00");
        driver.findElement(By.id("add:other")).sendKeys("231.00");
        clickAndReload(By.id("add:addValue"));
        assertTrue(
                driver.findElement(By.id("add:messages")).getText().contains("jau ir ievadīta"),
                driver.findElement(By.id("add:messages")).getText());
        assertEquals("330.00", driver.findElement(By.id("add:value")).getAttribute("value"), "what was entered stays");
    }

    @Test
    void aCaseworkerIsRefusedTheAdministrationPages() {
        signIn("ilze");
        assertTrue(driver.findElements(By.id("adminTypes")).isEmpty());
        for (String page : new String[] {
            "staff/admin/types.xhtml",
            "staff/admin/users.xhtml",
            "staff/admin/reference.xhtml",
            "staff/admin/type.xhtml?code=" + TYPE
        }) {
            open(page);
            assertEquals("Nav piekļuves", driver.findElement(By.tagName("h1")).getText(), page);
        }
    }

    private void assertAccessible(String page) {
        assertEquals("[]", AXE.seriousViolations(driver), "axe-core on " + page);
    }

    private WebElement last(By inputs) {
        List<WebElement> found = driver.findElements(inputs);
        return found.get(found.size() - 1);
    }

    private void signIn(String user) {
        driver.get(portal + "staff/signin.xhtml");
        driver.findElement(By.id("staffSignIn:username")).sendKeys(user);
        driver.findElement(By.id("staffSignIn:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("staffSignIn:signIn")).click();
        waitFor(By.id("queue:entries"));
    }

    private void signOut() {
        // The menu's sign-out button posts the form; a GET of /staff/signout is refused.
        driver.get(portal + "staff/queue.xhtml");
        if (!driver.findElements(By.id("staffSignOutButton")).isEmpty()) {
            driver.findElement(By.id("staffSignOutButton")).click();
            waitFor(By.id("staffSignIn:username"));
        }
        driver.manage().deleteAllCookies();
    }

    private void open(String path) {
        driver.get(portal + path);
    }

    private void replace(By input, String text) {
        WebElement element = driver.findElement(input);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Clicks a button that posts the page and waits for the page that comes back. The page may
     * still be settling from the last request, so a click that finds a node of the old document
     * is tried again.
     */
    private void clickAndReload(By button) {
        for (int attempt = 1; ; attempt++) {
            WebElement html = driver.findElement(By.tagName("html"));
            try {
                driver.findElement(button).click();
            } catch (StaleElementReferenceException e) {
                if (driver.findElements(button).isEmpty()) {
                    break; // the click went through: the page it led to has no such button
                }
                if (attempt == 3) {
                    throw e;
                }
                continue; // the old document went away under the click: click on the new one
            }
            // Once clicked, never click again: a redirect chain (sign-in) may make the browser
            // answer oddly for a moment, which only means the old page is going.
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(WebDriverException.class)
                    .until(ExpectedConditions.stalenessOf(html));
            break;
        }
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void waitFor(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private static String unique() {
        return Long.toString(System.currentTimeMillis() % 1_000_000L);
    }
}
