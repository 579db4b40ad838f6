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
final class WizardPage {

    private final WebDriver driver;
    private final Consumer<String> onEachStep;

    /** @param onEachStep called with the step's code whenever a new step is shown (timings, axe, screenshots) */
    WizardPage(WebDriver driver, Consumer<String> onEachStep) {
        this.driver = driver;
        this.onEachStep = onEachStep;
    }

    String step() {
        return driver.findElement(By.id("step-title")).getAttribute("data-step");
    }

    String title() {
        return driver.findElement(By.id("step-title")).getText();
    }

    void waitForStep(String code) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step-title[data-step='" + code + "']")));
        onEachStep.accept(code);
    }

    void next(String expectedStep) {
        click(By.id("wizard:next"));
        waitForStep(expectedStep);
    }

    void click(By button) {
        WebElement element = driver.findElement(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Clicks a button that reloads the page on the same step, and waits for the new page. */
    void clickAndReload(By button) {
        WebElement old = driver.findElement(By.id("step-title"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
    }

    /** The input or select of one of the type's own questions. */
    WebElement question(String code) {
        return driver.findElement(By.cssSelector("div[data-field='" + code + "'] input, div[data-field='" + code
                + "'] select, div[data-field='" + code + "'] textarea"));
    }

    void answer(String code, String text) {
        type(question(code), text);
    }

    void choose(String code, String optionValue) {
        new Select(question(code)).selectByValue(optionValue);
    }

    WebElement inRow(String rowId, String inputId) {
        return driver.findElement(By.cssSelector("#" + rowId + " [id$=':" + inputId + "']"));
    }

    void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    void select(WebElement select, String value) {
        new Select(select).selectByValue(value);
    }

    List<String> problemSummary() {
        return driver.findElements(By.cssSelector("#error-summary li")).stream().map(WebElement::getText).toList();
    }

    String errorOf(String field) {
        return driver.findElement(By.id("error-" + field.replaceAll("[^A-Za-z0-9_-]", "_"))).getText();
    }
}
