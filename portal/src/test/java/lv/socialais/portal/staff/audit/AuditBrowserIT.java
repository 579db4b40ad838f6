package lv.socialais.portal.staff.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.StatePortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
        driver.findElement(By.linkText(number)).click();
        staff.waitFor(By.id("case:refresh"));
        String caseUrl = driver.getCurrentUrl();
        String id = caseUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(driver.findElements(By.id("case:auditTrail")).isEmpty(), "no audit link for a caseworker");
        for (int i = 0; i < 9; i++) {
            driver.get(caseUrl); // every opening is audited: enough entries for two pages of ten
        }
        staff.signOut();

        staff.signIn("vaditaja");
        driver.get(caseUrl);
        staff.waitFor(By.id("case:auditTrail"));
        driver.findElement(By.id("case:auditTrail")).click();
        staff.waitFor(By.id("audit:entries"));

        assertEquals("Audita žurnāls", driver.findElement(By.tagName("h1")).getText());
        assertEquals(
                id, driver.findElement(By.id("audit:subjectId")).getAttribute("value"), "filtered on the application");
        List<String> rows = rows();
        assertEquals("vaditaja · Iesniegums atvērts", rows.get(0), "the supervisor's own opening is the newest");
        assertEquals(
                10, rows.stream().filter("ilze · Iesniegums atvērts"::equals).count(), rows.toString());
        assertEquals(
                "Iesniegums iesniegts", rows.get(rows.size() - 1).replaceAll(".* · ", ""), "the filing is the oldest");
        assertTrue(
                driver.findElement(By.cssSelector("#audit\\:entries .audit-subject"))
                        .getText()
                        .endsWith(number),
                "the application named by its registration number");
        assertTrue(
                driver.findElement(By.cssSelector("#audit\\:entries .audit-time"))
                        .getText()
                        .matches(".*20\\d\\d.*\\d\\d:\\d\\d:\\d\\d.*"),
                "the time to the second");
        assertEquals("[]", AXE.seriousViolations(driver), "axe-core on the audit page");

        new Select(driver.findElement(By.id("audit:pageSize"))).selectByValue("10");
        staff.click(By.id("audit:search"));
        List<String> first = rows();
        assertEquals(10, first.size());
        staff.click(By.id("audit:next"));
        assertEquals("Lapa 2", driver.findElement(By.id("page-number")).getText());
        List<String> second = rows();
        assertEquals(rows.subList(10, rows.size()), second, "the second page goes on where the first ended");
        assertTrue(driver.findElements(By.id("audit:next")).isEmpty(), "the last page");
        staff.click(By.id("audit:previous"));
        assertEquals(first, rows());
        assertEquals(rows.subList(0, 10), first);

        new Select(driver.findElement(By.id("audit:action"))).selectByValue("APPLICATION_SUBMITTED");
        staff.click(By.id("audit:search"));
        assertEquals(
                List.of("Iesniegums iesniegts"),
                rows().stream().map(r -> r.replaceAll(".* · ", "")).toList());

        driver.findElement(By.cssSelector("#audit\\:entries a.audit-subject")).click();
        staff.waitFor(By.id("case:refresh"));
        assertEquals(
                caseUrl.replaceAll(".*\\?", ""),
                driver.getCurrentUrl().replaceAll(".*\\?", ""),
                "the entry links to the application");
    }

    @Test
    void aCaseworkerIsRefusedTheAuditTrail() {
        staff.signIn("ilze");
        assertTrue(driver.findElements(By.id("auditLink")).isEmpty(), "no link in the navigation");
        driver.get(portal + "staff/audit.xhtml");
        assertEquals("Nav piekļuves", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElements(By.id("audit:entries")).isEmpty());
    }

    /** "actor · action" of each row of the table, top down. */
    private List<String> rows() {
        return driver.findElements(By.cssSelector("#audit\\:entries tbody tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".audit-actor")).isEmpty())
                .map(row -> text(row, ".audit-actor") + " · " + text(row, ".audit-action"))
                .toList();
    }

    private static String text(WebElement row, String css) {
        return row.findElement(By.cssSelector(css)).getText();
    }
}
