package lv.socialais.portal.staff.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.StatePortal;
import lv.socialais.portal.testing.pages.AuditPage;
import lv.socialais.portal.testing.pages.CasePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The audit trail in a real browser: a supervisor follows an application's "audit trail" link
 * and sees who opened it; a caseworker is refused the page.
 */
class AuditBrowserIT extends BrowserTest {

    /** Biruta Jansone of the simulator's fixtures; no other test class files for her. */
    private static final String BIRUTA = "271151-13858";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aSupervisorSeesFromTheApplicationWhoOpenedIt() {
        String number = StatePortal.fileGmi(portal, BIRUTA, "Biruta", "Jansone");
        staff.signIn("ilze");
        CasePage application = CasePage.fromList(driver, number);
        String caseUrl = driver.getCurrentUrl();
        String id = application.applicationId();
        assertFalse(application.offers("auditTrail"), "no audit link for a caseworker");
        for (int i = 0; i < 9; i++) {
            driver.get(caseUrl); // every opening is audited: enough entries for two pages of ten
        }
        staff.signOut();

        staff.signIn("vaditaja");
        driver.get(caseUrl);
        CasePage.shown(driver).openAuditTrail();
        AuditPage audit = AuditPage.shown(driver);

        assertEquals("Audita žurnāls", driver.findElement(By.tagName("h1")).getText());
        assertEquals(id, audit.subjectIdFilter(), "filtered on the application");
        List<String> rows = audit.rows();
        assertEquals("vaditaja · Iesniegums atvērts", rows.get(0), "the supervisor's own opening is the newest");
        assertEquals(
                10, rows.stream().filter("ilze · Iesniegums atvērts"::equals).count(), rows.toString());
        assertEquals(
                "Iesniegums iesniegts", rows.get(rows.size() - 1).replaceAll(".* · ", ""), "the filing is the oldest");
        assertTrue(audit.firstSubject().endsWith(number), "the application named by its registration number");
        assertTrue(audit.firstTime().matches(".*20\\d\\d.*\\d\\d:\\d\\d:\\d\\d.*"), "the time to the second");
        assertAccessible("the audit page");

        audit.search("10");
        List<String> first = audit.rows();
        assertEquals(10, first.size());
        audit.nextPage();
        assertEquals("Lapa 2", audit.pageNumber());
        List<String> second = audit.rows();
        assertEquals(rows.subList(10, rows.size()), second, "the second page goes on where the first ended");
        assertFalse(audit.hasNextPage(), "the last page");
        audit.previousPage();
        assertEquals(first, audit.rows());
        assertEquals(rows.subList(0, 10), first);

        audit.searchAction("APPLICATION_SUBMITTED");
        assertEquals(
                List.of("Iesniegums iesniegts"),
                audit.rows().stream().map(r -> r.replaceAll(".* · ", "")).toList());

        audit.openFirstSubject();
        assertEquals(
                caseUrl.replaceAll(".*\\?", ""),
                driver.getCurrentUrl().replaceAll(".*\\?", ""),
                "the entry links to the application");
    }

    @Test
    void aCaseworkerIsRefusedTheAuditTrail() {
        staff.signIn("ilze");
        assertTrue(driver.findElements(By.id("auditLink")).isEmpty(), "no link in the navigation");
        open("/staff/audit.xhtml");
        assertEquals("Nav piekļuves", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElements(By.id("audit:entries")).isEmpty());
    }
}
