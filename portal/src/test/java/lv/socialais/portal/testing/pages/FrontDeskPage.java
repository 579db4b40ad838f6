package lv.socialais.portal.testing.pages;

import java.net.URL;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The front desk: finding a walk-in applicant in the population register and starting his application. */
public final class FrontDeskPage extends Page {

    public FrontDeskPage(WebDriver driver, Effort effort) {
        super(driver, effort);
    }

    public static FrontDeskPage open(WebDriver driver, URL portal, Effort effort) {
        driver.get(portal + "staff/frontdesk.xhtml");
        Wait.forElement(driver, By.id("frontdesk:query"));
        return new FrontDeskPage(driver, effort);
    }

    /** Searches by personal code and waits until the person is shown. */
    public void find(String personalCode) {
        type(By.id("frontdesk:query"), personalCode);
        ajaxClick(By.id("frontdesk:search"));
        Wait.forElement(driver, By.id("person-name"));
    }

    public String personName() {
        return text(By.id("person-name"));
    }

    public String personAddress() {
        return text(By.id("person-address"));
    }

    /** Files without choosing a type: the page says what is missing. */
    public String fileWithoutAType() {
        click(By.id("frontdesk:file"));
        Wait.forText(driver, By.id("frontdesk:messages"), "Izvēlieties iesnieguma veidu");
        return text(By.id("frontdesk:messages"));
    }

    /** Chooses the type and opens the wizard on its first step, for the person found. */
    public WizardPage startApplication(String typeCode) {
        select(By.id("frontdesk:type"), typeCode);
        click(By.id("frontdesk:file"));
        WizardPage wizard = new WizardPage(driver, effort(), step -> {});
        wizard.waitForStep("applicant");
        return wizard;
    }
}
