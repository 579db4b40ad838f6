package lv.socialais.portal.filing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.application.DecisionOutcome;
import lv.socialais.common.LocalizedText;
import lv.socialais.portal.testing.Pdf;
import org.junit.jupiter.api.Test;

/** The receipt and the decision letter as PDFs, read back with PDFBox: Latvian and Russian letters print. */
class LettersTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private static final ApplicationSummary DECIDED = new ApplicationSummary(
            7L,
            "2026/000042",
            "HOUSING_BENEFIT",
            new LocalizedText("Mājokļa pabalsts", "Housing benefit", "Жилищное пособие"),
            new LocalizedText("Sociālās palīdzības nodaļa", "Social assistance department", "Отдел социальной помощи"),
            ApplicationStatus.DECIDED,
            "15076511117",
            "Jānis Bērziņš",
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 4, 2),
            Instant.parse("2026-03-02T08:00:00Z"),
            Instant.parse("2026-03-20T08:00:00Z"),
            List.of(),
            List.of(),
            new ApplicationSummary.DecisionView(
                    DecisionOutcome.GRANTED,
                    new BigDecimal("150.50"),
                    LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 9, 30),
                    "SPSPL 35. panta piektā daļa",
                    "Ienākumi zem sliekšņa; izdevumi pamatoti.",
                    Instant.parse("2026-03-20T08:00:00Z")));

    @Test
    void theDecisionLetterStatesTheDecisionAndHowToContestIt() throws IOException {
        String text = Pdf.text(DecisionLetterPdf.of(DECIDED, LATVIAN));

        assertTrue(text.contains("Lēmums par iesniegumu"), text);
        assertTrue(text.contains("2026/000042"), text);
        assertTrue(text.contains("Jānis Bērziņš, 150765-*****"), text);
        assertTrue(text.contains("Piešķirts"), text);
        assertTrue(text.contains("150,50"), "amount in the Latvian format: " + text);
        assertTrue(text.contains("SPSPL 35. panta piektā daļa"), text);
        assertTrue(text.contains("Kā apstrīdēt lēmumu"), text);
        assertTrue(text.replace("\n", " ").contains("viena mēneša laikā"), text);
        assertTrue(text.replace("\n", " ").contains("pašvaldības domē"), text);
    }

    @Test
    void theReceiptPrintsInRussianToo() throws IOException {
        String text = Pdf.text(ReceiptPdf.of(DECIDED, Locale.forLanguageTag("ru")));

        assertTrue(text.contains("Подтверждение получения заявления"), text);
        assertTrue(text.contains("Жилищное пособие"), text);
        assertTrue(text.contains("2026/000042"), text);
    }
}
