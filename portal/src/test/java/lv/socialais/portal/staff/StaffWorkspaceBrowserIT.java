package lv.socialais.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.StaffBrowser;
import lv.socialais.portal.testing.StatePortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Caseworkers, supervisors and the front desk in a real browser: the queue, register evidence,
 * the decision with its letter, four eyes, and who may not do what. Applications arrive as
 * signed e-applications from the state portal.
 */
class StaffWorkspaceBrowserIT extends BrowserTest {

    private static final String EDGARS = "290179-12639"; // no income: needy, GMI granted

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aCaseworkerSeesTheEvidenceGrantsTheGmiAndTheResidentReadsTheLetterWithTheAppealNotice() throws Exception {
        String number = fileGmiThroughTheStatePortal(EDGARS, "Edgars", "Kalējs");

        staff.signIn("ilze");
        assertEquals("Darba rinda", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText(number)).click();
        staff.waitFor(By.id("case:refresh"));
        staff.awaitEvidence("PMLP", 30);
        assertTrue(
                driver.findElement(By.id("case:evidence")).getText().contains("PMLP"),
                "register evidence with its source");

        staff.click(By.id("case:take"));
        staff.click(By.id("case:assess"));
        assertTrue(
                driver.findElement(By.cssSelector(".assessment")).getText().contains("187.00"),
                "the computed GMI for 2026");
        new Select(driver.findElement(By.id("case:legalBasis"))).selectByIndex(1);
        driver.findElement(By.id("case:reasons"))
                .sendKeys("Mājsaimniecībai nav ienākumu; tā atbilst trūcīgas mājsaimniecības statusam.");
        staff.click(By.id("case:decide"));
        assertTrue(
                driver.findElement(By.id("case:messages")).getText().contains("Lēmums pieņemts"),
                driver.findElement(By.id("case:messages")).getText());
        assertEquals("Lēmums pieņemts", driver.findElement(By.id("status")).getText());
        staff.signOut();

        driver.get(portal + "signin/index.xhtml");
        driver.findElement(By.id("signin:code")).sendKeys(EDGARS);
        driver.findElement(By.id("signin:submit")).click();
        staff.waitFor(By.cssSelector("#filed li.application"));
        driver.findElements(By.cssSelector("#filed li.application a")).get(0).click();
        staff.waitFor(By.id("timeline-heading"));
        String id = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String letter = StaffBrowser.pdfText(
                staff.get("/resident/decision.pdf?id=" + id).body());
        assertTrue(letter.contains("Edgars Kalējs"), letter);
        assertTrue(letter.contains(number), letter);
        assertTrue(
                letter.toLowerCase().contains("apstrīdēt") && letter.contains("mēneša"),
                "the appeal notice: " + letter);
    }

    @Test
    void aDecisionAboveTheThresholdWaitsForASupervisorWhomTheCaseworkerCannotReplace() throws Exception {
        String number = fileGmiThroughTheStatePortal("290179-12639", "Edgars", "Kalējs");
        staff.signIn("ilze");
        driver.findElement(By.linkText(number)).click();
        staff.waitFor(By.id("case:take"));
        staff.click(By.id("case:take"));
        new Select(driver.findElement(By.id("case:outcome"))).selectByValue("GRANTED");
        driver.findElement(By.id("case:amount")).sendKeys("800");
        driver.findElement(By.id("case:legalBasisExtra")).sendKeys("SPSPL 33. pants");
        driver.findElement(By.id("case:reasons")).sendKeys("Izņēmuma gadījums.");
        staff.click(By.id("case:decide"));
        assertTrue(driver.findElement(By.id("case:messages")).getText().contains("vadītājam"), "sent for approval");
        assertTrue(driver.findElements(By.id("case:approve")).isEmpty(), "the caseworker cannot approve his own");
        staff.signOut();

        staff.signIn("vaditaja");
        driver.get(portal + "staff/queue.xhtml");
        driver.findElement(By.linkText(number)).click();
        staff.waitFor(By.id("case:approve"));
        staff.click(By.id("case:approve"));
        assertTrue(driver.findElement(By.id("case:messages")).getText().contains("apstiprināts"));
        assertTrue(driver.findElement(By.id("decided")).getText().contains("800"));
    }

    @Test
    void theFrontDeskCannotDecideAndAnotherDepartmentsCaseworkerGetsNotFound() throws Exception {
        String number = fileGmiThroughTheStatePortal("290179-12639", "Edgars", "Kalējs");
        staff.signIn("registrators");
        driver.get(portal + "staff/frontdesk.xhtml");
        driver.findElement(By.id("frontdesk:query")).sendKeys("290179-12639");
        staff.click(By.id("frontdesk:search"));
        assertEquals(
                "Edgars Kalējs",
                driver.findElement(By.id("person-name")).getText(),
                "found in the population register");
        assertTrue(driver.findElement(By.id("person-address")).getText().contains("Jelgava"));
        driver.findElement(By.linkText(number)).click();
        staff.waitFor(By.id("case:refresh"));
        String caseUrl = driver.getCurrentUrl();
        assertTrue(driver.findElements(By.id("case:decide")).isEmpty(), "no decision form for the front desk");
        assertTrue(driver.findElements(By.id("case:take")).isEmpty(), "nor taking cases");
        staff.signOut();

        staff.signIn("anna");
        driver.get(caseUrl);
        assertEquals("Lapa nav atrasta", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        driver.get(portal + "staff/queue.xhtml");
        // The eID sign-in page passes a staff page on to the staff sign-in: wait out the second redirect.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.and(
                        ExpectedConditions.urlContains("/staff/signin.xhtml"),
                        ExpectedConditions.textToBe(By.tagName("h1"), "Darbinieku pieslēgšanās")));
        driver.findElement(By.id("staffSignIn:username")).sendKeys("ilze");
        driver.findElement(By.id("staffSignIn:password")).sendKeys("nepareizi");
        driver.findElement(By.id("staffSignIn:signIn")).click();
        // Fails with a timeout when the message does not appear; the page reloads meanwhile.
        assertTrue(new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("staffSignIn:messages"), "Nepareizs lietotājvārds vai parole")));
    }

    private String fileGmiThroughTheStatePortal(String code, String firstName, String lastName) {
        return StatePortal.fileGmi(portal, code, firstName, lastName);
    }
}
