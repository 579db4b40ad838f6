package lv.socialais.portal.testing.pages;

import java.time.Duration;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A caseworker's or supervisor's page of one application: evidence, assessment, decision, approval. */
public final class CasePage extends Page {

    private CasePage(WebDriver driver) {
        super(driver, new Effort());
    }

    /** Opens the application by its registration number from the queue (or any list of links by number). */
    public static CasePage fromList(WebDriver driver, String registrationNumber) {
        driver.findElement(By.linkText(registrationNumber)).click();
        return shown(driver);
    }

    /** The case page the browser has just been sent to. */
    public static CasePage shown(WebDriver driver) {
        Wait.forElement(driver, By.id("case:refresh"));
        return new CasePage(driver);
    }

    public String applicationId() {
        return driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    public String status() {
        return text(By.id("status"));
    }

    public String facts() {
        return text(By.cssSelector("#case dl.facts, dl.facts"));
    }

    public String evidence() {
        return text(By.id("case:evidence"));
    }

    /** The outbox worker asks the registers after the filing: reloads the page until the register's evidence is there. */
    public void awaitEvidence(String register, int seconds) {
        for (int i = 0; i < seconds && !evidence().contains(register); i++) {
            Wait.pause(Duration.ofSeconds(1));
            driver.navigate().refresh();
            Wait.forElement(driver, By.id("case:evidence"));
        }
    }

    /** Whether the page offers this action to its viewer ("take", "decide", "approve", "auditTrail"). */
    public boolean offers(String action) {
        return has(By.id("case:" + action));
    }

    public void take() {
        ajaxClick(By.id("case:take"));
    }

    public void assess() {
        ajaxClick(By.id("case:assess"));
    }

    public String assessment() {
        return text(By.cssSelector(".assessment"));
    }

    /** Decides as the assessment proposed, on the first legal basis offered. */
    public void decideAsAssessed(String reasons) {
        select(By.id("case:legalBasis"), firstLegalBasis());
        type(By.id("case:reasons"), reasons);
        ajaxClick(By.id("case:decide"));
    }

    /** Decides with an outcome and amount of the caseworker's own, on a legal basis typed in. */
    public void decide(String outcome, String amount, String legalBasis, String reasons) {
        select(By.id("case:outcome"), outcome);
        type(By.id("case:amount"), amount);
        type(By.id("case:legalBasisExtra"), legalBasis);
        type(By.id("case:reasons"), reasons);
        ajaxClick(By.id("case:decide"));
    }

    public void approve() {
        ajaxClick(By.id("case:approve"));
    }

    public String messages() {
        return text(By.id("case:messages"));
    }

    /** The decision as the page states it: outcome, amount, legal basis. */
    public String decided() {
        return text(By.id("decided"));
    }

    public void openAuditTrail() {
        click(By.id("case:auditTrail"));
        Wait.forElement(driver, By.id("audit:entries"));
    }

    private String firstLegalBasis() {
        return driver.findElements(By.cssSelector("#case\\:legalBasis option"))
                .get(1)
                .getAttribute("value");
    }
}
