package lv.socialais.portal.filing;

import java.util.Locale;
import lv.socialais.person.PersonalCode;
import lv.socialais.portal.i18n.Formats;
import lv.socialais.portal.i18n.Texts;

/** The receipt of a registered application, as a PDF in the resident's language. */
public final class ReceiptPdf {

    private ReceiptPdf() {}

    public static byte[] of(ApplicationSummary application, Locale locale) {
        return new PdfLetter(Texts.of(locale, "receipt.pdf.title"), Texts.of(locale, "pdf.issuer"))
                .fact(Texts.of(locale, "receipt.number"), application.registrationNumber())
                .fact(Texts.of(locale, "receipt.type"), application.typeName().in(locale))
                .fact(
                        Texts.of(locale, "receipt.applicant"),
                        application.applicantName() + ", "
                                + PersonalCode.of(application.applicantCode()).masked())
                .fact(Texts.of(locale, "receipt.receivedOn"), Formats.date(application.receivedOn(), locale))
                .fact(Texts.of(locale, "receipt.deadline"), Formats.date(application.deadline(), locale))
                .fact(
                        Texts.of(locale, "receipt.department"),
                        application.department().in(locale))
                .paragraph(Texts.of(locale, "receipt.pdf.next"))
                .finish();
    }
}
