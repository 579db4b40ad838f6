package lv.socialais.portal.testing.pages;

import java.net.URL;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrator's page of one application type, found through the list of types. */
public final class TypePage extends Page {

    private static final By DOCUMENT_NAMES = By.cssSelector("input[id$=':docNameLv']");

    private TypePage(WebDriver driver) {
        super(driver, new Effort());
    }

    /** Searches the list of types and opens the first found. */
    public static TypePage search(WebDriver driver, URL portal, String text) {
        driver.get(portal + "staff/admin/types.xhtml");
        TypePage page = new TypePage(driver);
        page.type(By.id("types:text"), text);
        page.clickAndReload(By.id("types:search"));
        return page;
    }

    public void openFirstFound() {
        click(By.cssSelector("a.type-open"));
        Wait.forElement(driver, By.id("type:nameLv"));
    }

    public void name(String latvian) {
        type(By.id("type:nameLv"), latvian);
    }

    public String name() {
        return value(By.id("type:nameLv"));
    }

    public void deadlineDays(String days) {
        type(By.id("type:deadline"), days);
    }

    /** Adds a row of the documents the applicant must attach and fills its code and names. */
    public void addDocument(String code, String latvian, String english, String russian) {
        int documents = driver.findElements(DOCUMENT_NAMES).size();
        click(By.id("type:addDocument"));
        Wait.until(driver, d -> d.findElements(DOCUMENT_NAMES).size() > documents);
        type(last(By.cssSelector("input[id$=':code']")), code);
        type(last(DOCUMENT_NAMES), latvian);
        type(last(By.cssSelector("input[id$=':docNameEn']")), english);
        type(last(By.cssSelector("input[id$=':docNameRu']")), russian);
    }

    public void save() {
        clickAndReload(By.id("type:save"));
    }

    /** All the page says, its messages and the problems of each field among it. */
    public String shown() {
        return text(By.id("type"));
    }

    public String messages() {
        return text(By.id("type:messages"));
    }
}
