package lv.socialais.portal.resident;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The application wizard as a resident uses it: fields found by their question or row, buttons by their role. */
public final class WizardPage {

    private final WebDriver driver;
    private final Consumer<String> onEachStep;

    /** @param onEachStep called with the step's code whenever a new step is shown (timings, axe, screenshots) */
    public WizardPage(WebDriver driver, Consumer<String> onEachStep) {
        this.driver = driver;
        this.onEachStep = onEachStep;
    }

    public String step() {
        return driver.findElement(By.id("step-title")).getAttribute("data-step");
    }

    public String title() {
        return driver.findElement(By.id("step-title")).getText();
    }

    public void waitForStep(String code) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#step-title[data-step='" + code + "']")));
        onEachStep.accept(code);
    }

    public void next(String expectedStep) {
        click(By.id("wizard:next"));
        waitForStep(expectedStep);
    }

    public void click(By button) {
        WebElement element = driver.findElement(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Clicks a button that reloads the page on the same step, and waits for the new page. */
    public void clickAndReload(By button) {
        WebElement old = driver.findElement(By.id("step-title"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
    }

    /** The input or select of one of the type's own questions. */
    public WebElement question(String code) {
        return driver.findElement(By.cssSelector("div[data-field='" + code + "'] input, div[data-field='" + code
                + "'] select, div[data-field='" + code + "'] textarea"));
    }

    public void answer(String code, String text) {
        type(question(code), text);
    }

    public void choose(String code, String optionValue) {
        new Select(question(code)).selectByValue(optionValue);
    }

    public WebElement inRow(String rowId, String inputId) {
        return driver.findElement(By.cssSelector("#" + rowId + " [id$=':" + inputId + "']"));
    }

    public void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    public void select(WebElement select, String value) {
        new Select(select).selectByValue(value);
    }

    public List<String> problemSummary() {
        return driver.findElements(By.cssSelector("#error-summary li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String errorOf(String field) {
        return driver.findElement(By.id("error-" + field.replaceAll("[^A-Za-z0-9_-]", "_")))
                .getText();
    }
}
