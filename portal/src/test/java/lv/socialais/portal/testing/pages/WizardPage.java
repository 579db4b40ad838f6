package lv.socialais.portal.testing.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import lv.socialais.portal.testing.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The application wizard, as a resident uses it and as the front desk uses it for a walk-in:
 * fields found by their question or row, buttons by their role, the moves of a whole step in one
 * call.
 */
public final class WizardPage extends Page {

    private static final Duration UPLOAD = Duration.ofSeconds(30);

    private final Consumer<String> onEachStep;

    public WizardPage(WebDriver driver) {
        this(driver, new Effort(), step -> {});
    }

    /** @param onEachStep called with the step's code whenever a new step is shown (timings, axe, screenshots) */
    public WizardPage(WebDriver driver, Effort effort, Consumer<String> onEachStep) {
        super(driver, effort);
        this.onEachStep = onEachStep;
    }

    public String step() {
        return driver.findElement(By.id("step-title")).getAttribute("data-step");
    }

    public String title() {
        return text(By.id("step-title"));
    }

    public void waitForStep(String code) {
        Wait.forElement(driver, By.cssSelector("#step-title[data-step='" + code + "']"));
        onEachStep.accept(code);
    }

    public void next(String expectedStep) {
        click(By.id("wizard:next"));
        waitForStep(expectedStep);
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
        select(question(code), optionValue);
    }

    public WebElement inRow(String rowId, String inputId) {
        return driver.findElement(By.cssSelector("#" + rowId + " [id$=':" + inputId + "']"));
    }

    /** On the household step: adds a row and fills it; a null last name is left out. */
    public void addMember(String personalCode, String firstName, String lastName, String relation) {
        int row = driver.findElements(By.cssSelector("fieldset[id^='member-']")).size();
        clickAndReload(By.id("wizard:addMember"));
        type(inRow("member-" + row, "code"), personalCode);
        type(inRow("member-" + row, "first"), firstName);
        if (lastName != null) {
            type(inRow("member-" + row, "last"), lastName);
        }
        select(inRow("member-" + row, "relation"), relation);
    }

    /** On the income step: adds a line of the last three months' income. */
    public void addIncome(String earnerCode, String type, String amount) {
        int row = driver.findElements(By.cssSelector("fieldset[id^='income-']")).size();
        clickAndReload(By.id("wizard:addIncome"));
        select(inRow("income-" + row, "earner"), earnerCode);
        select(inRow("income-" + row, "type"), type);
        type(inRow("income-" + row, "amount"), amount);
    }

    /**
     * The housing benefit's own three steps, from the first of them to the attachments; an answer
     * given as null is left as it is.
     */
    public void answerHousingBenefit(HousingAnswers answers) {
        if (answers.ownership() != null) {
            choose("ownership", answers.ownership());
        }
        answer("floor_area", answers.floorArea());
        answer("persons_declared", answers.personsDeclared());
        next("questions-2");
        answer("rent_amount", answers.rent());
        if (answers.heating() != null) {
            answer("heating_amount", answers.heating());
        }
        next("questions-3");
        answer("iban", answers.iban());
        next("attachments");
    }

    /** On the attachments step: chooses the file (one click in the file dialog) and waits until it is listed. */
    public void upload(Path file) {
        effort().click();
        driver.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        Wait.until(
                driver,
                UPLOAD,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[id$='uploaded']"), file.getFileName().toString()));
    }

    /** From the consent step: gives the consent and goes on to the review. */
    public void consentAndReview() {
        click(By.id("wizard:consent"));
        next("review");
    }

    /** Submits from the review and returns the registration number the receipt shows. */
    public String submit() {
        click(By.id("wizard:submit"));
        return receiptNumber();
    }

    public String receiptNumber() {
        return Wait.forElement(driver, By.id("registration-number")).getText();
    }

    public List<String> problemSummary() {
        return driver.findElements(By.cssSelector("#error-summary li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String errorOf(String field) {
        return text(By.id("error-" + field.replaceAll("[^A-Za-z0-9_-]", "_")));
    }

    /** The answers of a housing benefit's own steps; ownership and heating may be left out (null). */
    public record HousingAnswers(
            String ownership, String floorArea, String personsDeclared, String rent, String heating, String iban) {}
}
