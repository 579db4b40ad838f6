package lv.socialais.portal.testing.pages;

import java.net.URL;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrator's form editor of one application type: the questions, published as a new version. */
public final class FormPage extends Page {

    private FormPage(WebDriver driver) {
        super(driver, new Effort());
    }

    public static FormPage open(WebDriver driver, URL portal, String typeCode) {
        driver.get(portal + "staff/admin/form.xhtml?code=" + typeCode);
        Wait.forElement(driver, By.id("form:publish"));
        return new FormPage(driver);
    }

    /** Which version is current, as the page says it. */
    public String currentVersion() {
        return text(By.id("form:current"));
    }

    public void label(String question, String latvian) {
        type(By.cssSelector("fieldset.question[data-field='" + question + "'] input[id$='labelLv']"), latvian);
    }

    public void publish() {
        clickAndReload(By.id("form:publish"));
    }

    public String messages() {
        return text(By.id("form:messages"));
    }
}
