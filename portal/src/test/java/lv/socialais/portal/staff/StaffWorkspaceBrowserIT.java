package lv.socialais.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.Pdf;
import lv.socialais.portal.testing.StatePortal;
import lv.socialais.portal.testing.Wait;
import lv.socialais.portal.testing.pages.CasePage;
import lv.socialais.portal.testing.pages.Effort;
import lv.socialais.portal.testing.pages.FrontDeskPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
    void aCaseworkerSeesTheEvidenceGrantsTheGmiAndTheResidentReadsTheLetterWithTheAppealNotice() {
        String number = fileGmiThroughTheStatePortal(EDGARS, "Edgars", "Kalējs");

        staff.signIn("ilze");
        assertEquals("Darba rinda", driver.findElement(By.tagName("h1")).getText());
        CasePage application = CasePage.fromList(driver, number);
        application.awaitEvidence("PMLP", 30);
        assertTrue(application.evidence().contains("PMLP"), "register evidence with its source");

        application.take();
        application.assess();
        assertTrue(application.assessment().contains("187.00"), "the computed GMI for 2026");
        application.decideAsAssessed("Mājsaimniecībai nav ienākumu; tā atbilst trūcīgas mājsaimniecības statusam.");
        assertTrue(application.messages().contains("Lēmums pieņemts"), application.messages());
        assertEquals("Lēmums pieņemts", application.status());
        staff.signOut();

        signInResident(EDGARS);
        Wait.forElement(driver, By.cssSelector("#filed li.application"));
        driver.findElements(By.cssSelector("#filed li.application a")).get(0).click();
        Wait.forElement(driver, By.id("timeline-heading"));
        String letter =
                Pdf.text(get("/resident/decision.pdf?id=" + idInTheAddress()).body());
        assertTrue(letter.contains("Edgars Kalējs"), letter);
        assertTrue(letter.contains(number), letter);
        assertTrue(
                letter.toLowerCase().contains("apstrīdēt") && letter.contains("mēneša"),
                "the appeal notice: " + letter);
    }

    @Test
    void aDecisionAboveTheThresholdWaitsForASupervisorWhomTheCaseworkerCannotReplace() {
        String number = fileGmiThroughTheStatePortal("290179-12639", "Edgars", "Kalējs");
        staff.signIn("ilze");
        CasePage application = CasePage.fromList(driver, number);
        application.take();
        application.decide("GRANTED", "800", "SPSPL 33. pants", "Izņēmuma gadījums.");
        assertTrue(application.messages().contains("vadītājam"), "sent for approval");
        assertFalse(application.offers("approve"), "the caseworker cannot approve his own");
        staff.signOut();

        staff.signIn("vaditaja");
        open("/staff/queue.xhtml");
        application = CasePage.fromList(driver, number);
        application.approve();
        assertTrue(application.messages().contains("apstiprināts"));
        assertTrue(application.decided().contains("800"));
    }

    @Test
    void theFrontDeskCannotDecideAndAnotherDepartmentsCaseworkerGetsNotFound() {
        String number = fileGmiThroughTheStatePortal("290179-12639", "Edgars", "Kalējs");
        staff.signIn("registrators");
        FrontDeskPage frontDesk = FrontDeskPage.open(driver, portal, new Effort());
        frontDesk.find("290179-12639");
        assertEquals("Edgars Kalējs", frontDesk.personName(), "found in the population register");
        assertTrue(frontDesk.personAddress().contains("Jelgava"));
        CasePage application = CasePage.fromList(driver, number);
        String caseUrl = driver.getCurrentUrl();
        assertFalse(application.offers("decide"), "no decision form for the front desk");
        assertFalse(application.offers("take"), "nor taking cases");
        staff.signOut();

        staff.signIn("anna");
        driver.get(caseUrl);
        assertEquals("Lapa nav atrasta", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        open("/staff/queue.xhtml");
        // The eID sign-in page passes a staff page on to the staff sign-in: wait out the second redirect.
        Wait.until(
                driver,
                ExpectedConditions.and(
                        ExpectedConditions.urlContains("/staff/signin.xhtml"),
                        ExpectedConditions.textToBe(By.tagName("h1"), "Darbinieku pieslēgšanās")));
        driver.findElement(By.id("staffSignIn:username")).sendKeys("ilze");
        driver.findElement(By.id("staffSignIn:password")).sendKeys("nepareizi");
        driver.findElement(By.id("staffSignIn:signIn")).click();
        // Fails with a timeout when the message does not appear; the page reloads meanwhile.
        Wait.forText(driver, By.id("staffSignIn:messages"), "Nepareizs lietotājvārds vai parole");
    }

    private String fileGmiThroughTheStatePortal(String code, String firstName, String lastName) {
        return StatePortal.fileGmi(portal, code, firstName, lastName);
    }
}
