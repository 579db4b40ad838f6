package lv.socialais.portal.testing.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrator's page of one kind of reference value (the GMI threshold...): its values by date and a new one. */
public final class ReferenceValuesPage extends Page {

    private ReferenceValuesPage(WebDriver driver) {
        super(driver, new Effort());
    }

    public static ReferenceValuesPage open(WebDriver driver, URL portal, String kind) {
        driver.get(portal + "staff/admin/reference.xhtml?kind=" + kind);
        return new ReferenceValuesPage(driver);
    }

    /** How many of the listed values are marked as the one in force today. */
    public int inForce() {
        return driver.findElements(By.cssSelector("#values .in-force")).size();
    }

    /** Fills and sends the new value's form; a null source is left as the form holds it. */
    public void add(String validFrom, String value, String other, String source) {
        type(By.id("add:validFrom"), validFrom);
        type(By.id("add:value"), value);
        type(By.id("add:other"), other);
        if (source != null) {
            type(By.id("add:source"), source);
        }
        clickAndReload(By.id("add:addValue"));
    }

    public String enteredValue() {
        return value(By.id("add:value"));
    }

    public String messages() {
        return text(By.id("add:messages"));
    }

    public String values() {
        return text(By.id("values"));
    }
}
