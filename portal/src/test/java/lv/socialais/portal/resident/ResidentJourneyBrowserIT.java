package lv.socialais.portal.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.socialais.portal.testing.BrowserTest;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.Pdf;
import lv.socialais.portal.testing.Wait;
import lv.socialais.portal.testing.pages.Effort;
import lv.socialais.portal.testing.pages.WizardPage;
import lv.socialais.portal.testing.pages.WizardPage.HousingAnswers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Residents in a real headless chromium against the portal in Payara Micro on MariaDB: sign in
 * with the development eID, file through the wizard, get the receipt, follow the application;
 * every page checked with axe-core. One class, so that one server serves all of it.
 */
class ResidentJourneyBrowserIT extends BrowserTest {

    /** A fixture person no other test class files for: "My applications" holds only this test's. */
    private static final String JANIS = "09079114263";

    private static final String LIGA = "02079011182";
    private static final String ANNA = "150588-16072";
    private static final String MEMBER = "311299-10008";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void onThePortalWithAnEmptyStorage() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(portal.toExternalForm());
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
        driver.get(portal.toExternalForm()); // a page of the new session, whose forms post to it
    }

    @Test
    void aResidentFilesAHousingBenefitWithAHouseholdMemberAndAPdfGetsTheReceiptAndFindsItInMyApplications()
            throws Exception {
        Map<String, Long> serverMillis = new LinkedHashMap<>();
        WizardPage wizard = new WizardPage(driver, new Effort(), step -> {
            serverMillis.put(step, serverTimeOfThisPage());
            assertAccessible("wizard step " + step);
            BROWSER.screenshot("journey/wizard-" + step);
        });

        open("/?q=m%C4%81jok%C4%BCa");
        assertAccessible("catalogue");
        BROWSER.screenshot("journey/catalogue-search");
        WebElement housing = driver.findElement(By.cssSelector("li.card[data-type='HOUSING_BENEFIT']"));
        housing.findElement(By.cssSelector("a.button--primary")).click();

        Wait.forText(driver, By.tagName("h1"), "Pieslēgšanās"); // the wizard asks to sign in first
        assertAccessible("sign-in");
        BROWSER.screenshot("journey/signin");
        driver.findElement(By.cssSelector("input[data-code='" + JANIS + "']")).click();

        wizard.waitForStep("applicant");
        assertEquals(
                "Oskars Vanags",
                driver.findElement(By.id("applicant-name")).getText(),
                "name prefilled from PMLP, not typed");
        assertEquals("090791-14263", driver.findElement(By.id("applicant-code")).getText());
        wizard.next("household");

        wizard.addMember(MEMBER, "Anna", "Kalniņa", "PARTNER");
        wizard.next("income");
        wizard.addIncome(JANIS, "PENSION", "1 350,00");
        wizard.next("property");
        wizard.next("questions-1");
        wizard.answerHousingBenefit(
                new HousingAnswers("MUNICIPAL_RENT", "48", "2", "120,50", "64,20", "LV80BANK0000435195001"));

        wizard.upload(pdfFile("komunalie-rekini.pdf"));
        assertTrue(wizard.text(By.cssSelector("[id$='uploaded'] .file__name")).contains("komunalie-rekini.pdf"));
        BROWSER.screenshot("journey/wizard-attachments-uploaded");
        wizard.next("consent");

        List<String> registers = driver.findElements(By.cssSelector(".register")).stream()
                .map(element -> element.getAttribute("data-register"))
                .toList();
        assertEquals(List.of("NVA", "PMLP", "VSAA"), registers, "the registers the housing benefit needs");
        wizard.consentAndReview();
        assertTrue(
                driver.findElement(By.cssSelector(".review__member")).getText().contains("Anna Kalniņa"));

        new Actions(driver)
                .doubleClick(driver.findElement(By.id("wizard:submit")))
                .perform();
        String number = wizard.receiptNumber();
        serverMillis.put("submit→receipt", serverTimeOfThisPage());
        assertTrue(number.matches("\\d{4}/\\d{6}"), number);
        assertFalse(driver.findElement(By.id("deadline")).getText().isBlank());
        assertAccessible("receipt");
        BROWSER.screenshot("journey/receipt");
        String applicationId = idInTheAddress();

        HttpResponse<byte[]> pdf = get("/resident/receipt.pdf?id=" + applicationId);
        assertEquals(200, pdf.statusCode());
        String receiptText = Pdf.text(pdf.body());
        assertTrue(receiptText.contains("Iesnieguma saņemšanas apliecinājums"), receiptText);
        assertTrue(receiptText.contains(number), receiptText);
        assertTrue(receiptText.contains("Oskars Vanags"), "the applicant on the receipt: " + receiptText);
        assertTrue(
                receiptText.contains("Mājokļa pabalsts")
                        || receiptText.contains("mājokļa pabalsts")
                        || receiptText.toLowerCase().contains("mājokļa"),
                receiptText);

        clickAndWaitForNewPage(By.id("to-mine"));
        List<WebElement> mine = driver.findElements(By.cssSelector("#filed li.application"));
        assertEquals(1, mine.size(), "a double click on Submit files once");
        assertEquals(number, mine.get(0).getAttribute("data-number"));
        assertTrue(
                driver.findElements(By.cssSelector("#drafts li.draft")).isEmpty(),
                "the filed draft is no longer a draft");
        assertAccessible("my applications");
        BROWSER.screenshot("journey/my-applications");

        mine.get(0).findElement(By.tagName("a")).click();
        Wait.forText(driver, By.id("timeline-heading"), "Iesnieguma vēsture");
        List<String> events = driver.findElements(By.cssSelector("#timeline li")).stream()
                .map(element -> element.getAttribute("data-event"))
                .toList();
        assertEquals(List.of("CREATED", "SUBMITTED", "REGISTERED"), events.subList(0, 3));
        assertTrue(
                events.subList(3, events.size()).stream().allMatch("REGISTER_DATA_RECEIVED"::equals),
                "after registration only the registers' answers arrive: " + events);
        assertTrue(driver.findElement(By.id("timeline")).getText().contains("Iesniegums reģistrēts"));
        assertTrue(driver.findElement(By.id("documents")).getText().contains("komunalie-rekini.pdf"));
        assertAccessible("application");
        BROWSER.screenshot("journey/application");

        driver.manage().window().setSize(new Dimension(360, 780));
        BROWSER.screenshot("journey/application-360px");
        open("/");
        BROWSER.screenshot("journey/catalogue-360px");
        assertTrue(
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;")
                        <= 362,
                "no sideways scrolling at 360 px");

        writeTimings(serverMillis);
    }

    @Test
    void aResidentSubmittingWithErrorsSeesEveryMessageInEnglishFixesThemAndLosesNothing() {
        WizardPage wizard = new WizardPage(driver);
        clickAndWaitForNewPage(By.cssSelector("input[lang='en']"));
        open("/resident/apply.xhtml?type=HOUSING_BENEFIT");
        assertEquals("Sign in", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector("input[data-code='" + LIGA + "']")).click();
        wizard.waitForStep("applicant");
        assertEquals("Applicant", wizard.title());
        wizard.next("household");

        wizard.addMember("010190-12345", "Marta", null, "CHILD");
        wizard.next("income");
        wizard.addIncome(LIGA, "PENSION", "a lot");
        wizard.next("property");
        wizard.next("questions-1");
        wizard.answerHousingBenefit(new HousingAnswers(null, "45", "2", "120,50", null, "LV00XXXX"));
        Path notAPdf = textFile("scan.pdf");
        driver.findElement(By.cssSelector("input[type='file']")).sendKeys(notAPdf.toString());
        Wait.forText(driver, By.cssSelector("#wizard-messages"), "only PDF, JPEG or PNG files are accepted");
        wizard.next("consent");
        wizard.next("review");
        wizard.click(By.id("wizard:submit"));
        wizard.waitForStep("household");

        List<String> summary = wizard.problemSummary();
        BROWSER.screenshot("errors/summary-household");
        assertAccessible("wizard with problems");
        List<String> expected = List.of(
                "Household member 1, Personal code: The last digit of the personal code does not match. Please check the code.",
                "Household member 1, Last name: Enter the household member's last name.",
                "Income, line 1, Amount for 3 months, EUR: Enter an amount in euros, for example 125.50.",
                "On what basis do you use your dwelling: Please fill in this field.",
                "Bank account number (IBAN): The account number is not a valid IBAN, for example LV80BANK0000435195001.",
                "I agree that the social service requests my and my household's data from the registers listed: "
                        + "To assess the application we need your consent to request data from the state registers.");
        for (String message : expected) {
            assertTrue(
                    summary.contains(message),
                    "missing in the summary: " + message + "\n" + String.join("\n", summary));
        }
        assertEquals(expected.size(), summary.size(), String.join("\n", summary));

        assertEquals(
                "The last digit of the personal code does not match. Please check the code.",
                wizard.errorOf("household[0].personalCode"));
        WebElement code = wizard.inRow("member-0", "code");
        assertEquals("010190-12345", code.getAttribute("value"), "what was typed is kept");
        assertEquals("Marta", wizard.inRow("member-0", "first").getAttribute("value"));
        assertEquals("true", code.getAttribute("aria-invalid"));
        assertTrue(code.getAttribute("aria-describedby").contains("error-household_0__personalCode"));
        wizard.type(code, "010120-20004");
        wizard.type(wizard.inRow("member-0", "last"), "Ozoliņa");
        wizard.next("income");

        WebElement amount = wizard.inRow("income-0", "amount");
        assertEquals("a lot", amount.getAttribute("value"));
        assertEquals("Enter an amount in euros, for example 125.50.", wizard.errorOf("incomes[0].amountLast3Months"));
        wizard.type(amount, "300");
        wizard.next("property");
        wizard.next("questions-1");
        assertEquals("Please fill in this field.", wizard.errorOf("ownership"));
        assertEquals("45", wizard.question("floor_area").getAttribute("value"));
        wizard.choose("ownership", "PRIVATE_RENT");
        wizard.next("questions-2");
        assertEquals("120,50", wizard.question("rent_amount").getAttribute("value"));
        wizard.next("questions-3");
        assertEquals("LV00XXXX", wizard.question("iban").getAttribute("value"));
        wizard.answer("iban", "LV80BANK0000435195001");
        wizard.next("attachments");
        wizard.next("consent");
        wizard.consentAndReview();
        wizard.submit();
        assertEquals(
                "Application received", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aResidentCannotOpenAnotherResidentsApplicationByChangingTheUrl() throws Exception {
        WizardPage wizard = new WizardPage(driver);
        signInResident(ANNA);
        assertEquals(
                "Mani iesniegumi", driver.findElement(By.tagName("h1")).getText(), "signed in, to My applications");
        open("/resident/apply.xhtml?type=HOME_CARE_STOP");
        wizard.waitForStep("applicant");
        wizard.next("questions-1");
        wizard.choose("stop_reason", "NO_LONGER_NEEDED");
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        wizard.question("stop_date"),
                        LocalDate.now(ZoneId.of("Europe/Riga")).plusDays(7).toString());
        wizard.next("attachments");
        wizard.next("consent");
        wizard.consentAndReview();
        wizard.submit();
        String annasApplication = idInTheAddress();
        assertEquals(
                200, get("/resident/application.xhtml?id=" + annasApplication).statusCode(), "Anna opens her own");

        clickAndWaitForNewPage(By.id("signout:button"));
        open("/signin/index.xhtml");
        clickAndWaitForNewPage(By.cssSelector("input[data-code='" + JANIS + "']"));
        open("/resident/application.xhtml?id=" + annasApplication);
        assertEquals("Lapa nav atrasta", driver.findElement(By.tagName("h1")).getText());

        for (String path : List.of(
                "/resident/application.xhtml?id=" + annasApplication,
                "/resident/receipt.xhtml?id=" + annasApplication,
                "/resident/receipt.pdf?id=" + annasApplication,
                "/resident/decision.pdf?id=" + annasApplication,
                "/resident/application.xhtml?id=999999999",
                "/resident/application.xhtml?id=abc",
                "/resident/apply.xhtml?draft=" + annasApplication)) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    @Test
    void theTextSizeChosenStaysOnEveryPage() {
        open("/");
        assertEquals("18px", fontSize());
        driver.findElement(By.cssSelector("button[data-text-size-option='large']"))
                .click();
        assertEquals("22px", fontSize());
        open("/signin/index.xhtml");
        assertEquals("22px", fontSize(), "kept after moving to another page");
        assertEquals(
                "true",
                driver.findElement(By.cssSelector("button[data-text-size-option='large']"))
                        .getAttribute("aria-pressed"));
        driver.findElement(By.cssSelector("button[data-text-size-option='small']"))
                .click();
        assertEquals("16px", fontSize());
    }

    private String fontSize() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(document.documentElement).fontSize;");
    }

    /** Clicks what submits a form and waits until the next page has replaced this one. */
    private void clickAndWaitForNewPage(By target) {
        Wait.forNewPage(driver, () -> driver.findElement(target).click());
    }

    /** Time to first byte of the current page: the server's time for the request, over loopback. */
    private long serverTimeOfThisPage() {
        Object millis = ((JavascriptExecutor) driver)
                .executeScript(
                        "var n = performance.getEntriesByType('navigation')[0]; return Math.round(n.responseStart - n.requestStart);");
        return ((Number) millis).longValue();
    }

    private static Path pdfFile(String name) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "uploads", name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Rekins par komunalajiem pakalpojumiem: 184,70 EUR"));
            document.close();
        }
        return file;
    }

    private static Path textFile(String name) {
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "uploads", name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, "This is plain text, not a PDF.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTimings(Map<String, Long> serverMillis) throws IOException {
        List<String> lines = new ArrayList<>();
        serverMillis.forEach((step, millis) -> lines.add(step + "\t" + millis + " ms"));
        Path file = Path.of(System.getProperty("screenshots.folder", "target/screenshots"))
                .resolveSibling("wizard-step-timings.txt");
        Files.write(file, lines);
        System.out.println("Server time (time to first byte) of each wizard step:\n" + String.join("\n", lines));
    }
}
