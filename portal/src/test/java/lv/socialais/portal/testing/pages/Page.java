package lv.socialais.portal.testing.pages;

import java.util.List;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A page of the portal as its user works it: what he clicks, chooses and types goes through
 * here, counted in his {@link Effort}, and each move waits for what the page does in answer.
 */
public abstract class Page {

    protected final WebDriver driver;
    private final Effort effort;

    protected Page(WebDriver driver, Effort effort) {
        this.driver = driver;
        this.effort = effort;
    }

    public Effort effort() {
        return effort;
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public String value(By input) {
        return driver.findElement(input).getAttribute("value");
    }

    public boolean has(By element) {
        return !driver.findElements(element).isEmpty();
    }

    /** Clicks what stays on this page (a checkbox, a link to a new tab), brought into view first. */
    public void click(By element) {
        effort.click();
        WebElement found = driver.findElement(element);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", found);
        found.click();
    }

    /** Clicks an ajax button and waits until PrimeFaces has updated the page. */
    public void ajaxClick(By button) {
        click(button);
        Wait.forAjax(driver);
    }

    /**
     * Clicks a button that posts the page and waits for the page that comes back. The page may
     * still be settling from the last request, so a click that finds a node of the old document
     * is tried again.
     */
    public void clickAndReload(By button) {
        effort.click();
        for (int attempt = 1; ; attempt++) {
            try {
                Wait.forNewPage(driver, () -> driver.findElement(button).click());
                return;
            } catch (StaleElementReferenceException e) {
                if (driver.findElements(button).isEmpty()) {
                    Wait.forLoaded(driver);
                    return; // the click went through: the page it led to has no such button
                }
                if (attempt == 3) {
                    throw e;
                }
                // the old document went away under the click: click on the new one
            }
        }
    }

    public void type(By input, String text) {
        type(driver.findElement(input), text);
    }

    /** Replaces what the field holds with the text. */
    public void type(WebElement input, String text) {
        effort.field(text);
        input.clear();
        input.sendKeys(text);
    }

    public void select(By list, String value) {
        select(driver.findElement(list), value);
    }

    public void select(WebElement list, String value) {
        effort.choice();
        new Select(list).selectByValue(value);
    }

    /** The last of several matching elements, e.g. the row a button has just added. */
    public WebElement last(By elements) {
        List<WebElement> found = driver.findElements(elements);
        return found.get(found.size() - 1);
    }
}
