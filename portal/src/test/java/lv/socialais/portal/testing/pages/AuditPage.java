package lv.socialais.portal.testing.pages;

import java.util.List;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A supervisor's audit trail: the filters, the entries page by page. */
public final class AuditPage extends Page {

    private AuditPage(WebDriver driver) {
        super(driver, new Effort());
    }

    /** The audit trail the browser has just been sent to. */
    public static AuditPage shown(WebDriver driver) {
        Wait.forElement(driver, By.id("audit:entries"));
        return new AuditPage(driver);
    }

    public String subjectIdFilter() {
        return value(By.id("audit:subjectId"));
    }

    /** "actor · action" of each entry, top down. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#audit\\:entries tbody tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".audit-actor")).isEmpty())
                .map(row -> text(row, ".audit-actor") + " · " + text(row, ".audit-action"))
                .toList();
    }

    public String firstSubject() {
        return text(By.cssSelector("#audit\\:entries .audit-subject"));
    }

    public String firstTime() {
        return text(By.cssSelector("#audit\\:entries .audit-time"));
    }

    public void search(String pageSize) {
        select(By.id("audit:pageSize"), pageSize);
        ajaxClick(By.id("audit:search"));
    }

    public void searchAction(String action) {
        select(By.id("audit:action"), action);
        ajaxClick(By.id("audit:search"));
    }

    public void nextPage() {
        ajaxClick(By.id("audit:next"));
    }

    public void previousPage() {
        ajaxClick(By.id("audit:previous"));
    }

    public boolean hasNextPage() {
        return has(By.id("audit:next"));
    }

    public String pageNumber() {
        return text(By.id("page-number"));
    }

    /** Follows the first entry's link to its application. */
    public CasePage openFirstSubject() {
        click(By.cssSelector("#audit\\:entries a.audit-subject"));
        return CasePage.shown(driver);
    }

    private static String text(WebElement row, String css) {
        return row.findElement(By.cssSelector(css)).getText();
    }
}
