package lv.socialais.portal.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.pages.FormPage;
import lv.socialais.portal.testing.pages.ReferenceValuesPage;
import lv.socialais.portal.testing.pages.StaffUsersPage;
import lv.socialais.portal.testing.pages.TypePage;
import lv.socialais.portal.testing.pages.WizardPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator in a real browser: edits an application type and sees it in the public
 * catalogue, publishes a form version that a new resident wizard shows, creates a staff user
 * who then signs in with his role, adds a threshold with an effective date; and a caseworker is
 * refused the administration pages. Uses HYGIENE_SERVICE, which no other test class changes,
 * unique values per run and a threshold far in the future.
 */
class AdministrationBrowserIT extends BrowserTest {

    private static final String TYPE = "HYGIENE_SERVICE";
    private static final String RESIDENT = "140385-12712";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anAdministratorRenamesATypeAndChangesItsDeadlineAndThePublicCatalogueShowsIt() {
        String name = "Higiēnas pakalpojums " + unique();
        staff.signIn("admins");
        TypePage type = TypePage.search(driver, portal, "hygiene");
        assertAccessible("type list");
        type.openFirstFound();
        assertAccessible("type page");

        type.name(name);
        type.deadlineDays("abc");
        type.save();
        assertTrue(type.shown().contains("ierakstiet veselu skaitli"), "a wrong deadline is refused");
        assertEquals(name, type.name(), "what was entered stays");
        type.deadlineDays("27");
        String document = "Ārsta izziņa " + unique();
        type.addDocument("DOCTOR_NOTE", document, "Doctor's note", "Справка врача");
        type.save();
        assertTrue(type.messages().contains("saglabāts"), type.messages());

        driver.manage().deleteAllCookies();
        open("/");
        WebElement card = driver.findElement(By.cssSelector("li.card[data-type='" + TYPE + "']"));
        assertTrue(card.getText().contains(name), card.getText());
        assertTrue(card.getText().contains("27"), "the new deadline: " + card.getText());
        assertTrue(card.getText().contains(document), "the new document: " + card.getText());
    }

    @Test
    void aPublishedFormVersionIsWhatANewResidentWizardAsks() {
        String label = "Kāds higiēnas pakalpojums jums vajadzīgs? " + unique();
        staff.signIn("admins");
        FormPage form = FormPage.open(driver, portal, TYPE);
        assertAccessible("form page");
        String before = form.currentVersion();
        form.label("services_needed", label);
        form.publish();
        assertTrue(form.messages().contains("Publicēta"), form.messages());
        assertFalse(before.equals(form.currentVersion()), "a new current version");

        driver.manage().deleteAllCookies();
        signInResident(RESIDENT);
        open("/resident/apply.xhtml?type=" + TYPE);
        WizardPage wizard = new WizardPage(driver);
        By question = By.cssSelector("div[data-field='services_needed']");
        for (int step = 0; step < 5 && !wizard.has(question); step++) {
            wizard.clickAndReload(By.id("wizard:next"));
        }
        assertTrue(wizard.text(question).contains(label), wizard.text(question));
    }

    @Test
    void aNewStaffUserSignsInWithTheRoleGiven() {
        String username = "darbinieks" + unique();
        staff.signIn("admins");
        StaffUsersPage users = StaffUsersPage.open(driver, portal);
        assertAccessible("staff users");
        users.fillNewUser(username, "Dace Pārbaude", "short", "CASEWORKER", "SOCIAL_ASSISTANCE");
        users.create();
        assertTrue(users.messages().contains("vismaz 10"), "a weak password is refused");
        assertEquals(username, users.username(), "what was entered stays");

        users.password("Drosa-Parole-2026");
        users.create();
        assertTrue(users.messages().contains("izveidots"), users.messages());
        assertTrue(users.users().contains(username));
        assertFalse(driver.getPageSource().contains("PBKDF2"), "no password hash on the page");

        staff.signOut();
        staff.signIn(username, "Drosa-Parole-2026");
        assertTrue(
                driver.findElement(By.cssSelector(".staff-nav__who")).getText().contains("sociālais darbinieks"));
        assertTrue(driver.findElements(By.id("adminTypes")).isEmpty(), "no administration links for a caseworker");
    }

    @Test
    void aThresholdIsAddedWithAFutureEffectiveDateAndASecondOneForTheSameDateIsRefused() {
        staff.signIn("admins");
        ReferenceValuesPage gmi = ReferenceValuesPage.open(driver, portal, "GMI");
        assertAccessible("reference data");
        assertEquals(1, gmi.inForce(), "the value in force today is marked");
        gmi.add("2040-01-01", "321.00", "224.70", "AdministrationBrowserIT");
        assertTrue(gmi.messages().contains("pievienota"), gmi.messages());
        assertTrue(gmi.values().contains("321.00"));

        gmi.add("2040-01-01", "330.00", "231.00", null);
        assertTrue(gmi.messages().contains("jau ir ievadīta"), gmi.messages());
        assertEquals("330.00", gmi.enteredValue(), "what was entered stays");
    }

    @Test
    void aCaseworkerIsRefusedTheAdministrationPages() {
        staff.signIn("ilze");
        assertTrue(driver.findElements(By.id("adminTypes")).isEmpty());
        for (String page : new String[] {
            "/staff/admin/types.xhtml",
            "/staff/admin/users.xhtml",
            "/staff/admin/reference.xhtml",
            "/staff/admin/type.xhtml?code=" + TYPE
        }) {
            open(page);
            assertEquals("Nav piekļuves", driver.findElement(By.tagName("h1")).getText(), page);
        }
    }

    private static String unique() {
        return Long.toString(System.currentTimeMillis() % 1_000_000L);
    }
}
