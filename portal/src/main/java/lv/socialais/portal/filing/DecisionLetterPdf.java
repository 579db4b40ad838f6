package lv.socialais.portal.filing;

import java.util.Locale;
import lv.socialais.person.PersonalCode;
import lv.socialais.portal.i18n.Formats;
import lv.socialais.portal.i18n.Texts;

/**
 * The decision letter: an administrative act must be reasoned and say where and within what
 * time it can be contested (Administrative Procedure Law), so every letter ends with that notice.
 */
public final class DecisionLetterPdf {

    private DecisionLetterPdf() {}

    public static byte[] of(ApplicationSummary application, Locale locale) {
        ApplicationSummary.DecisionView decision = application.decision();
        PdfLetter letter = new PdfLetter(Texts.of(locale, "decision.pdf.title"), Texts.of(locale, "pdf.issuer"))
                .fact(Texts.of(locale, "receipt.number"), application.registrationNumber())
                .fact(Texts.of(locale, "receipt.type"), application.typeName().in(locale))
                .fact(
                        Texts.of(locale, "receipt.applicant"),
                        application.applicantName() + ", "
                                + PersonalCode.of(application.applicantCode()).masked())
                .fact(Texts.of(locale, "decision.decidedOn"), Formats.dateTime(decision.decidedAt(), locale))
                .fact(Texts.of(locale, "decision.outcome"), Texts.of(locale, "outcome." + decision.outcome()));
        if (decision.amount() != null) {
            letter.fact(Texts.of(locale, "decision.amount"), Formats.money(decision.amount(), locale));
        }
        if (decision.periodFrom() != null) {
            letter.fact(
                    Texts.of(locale, "decision.period"),
                    Formats.date(decision.periodFrom(), locale) + " – " + Formats.date(decision.periodTo(), locale));
        }
        return letter.heading(Texts.of(locale, "decision.legalBasis"))
                .paragraph(decision.legalBasis())
                .heading(Texts.of(locale, "decision.reasons"))
                .paragraph(decision.reasons())
                .heading(Texts.of(locale, "decision.appeal.title"))
                .paragraph(Texts.of(locale, "decision.appeal.text"))
                .finish();
    }
}
