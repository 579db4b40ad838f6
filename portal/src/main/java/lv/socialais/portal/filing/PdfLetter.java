package lv.socialais.portal.filing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A one-page letter of the social service as a PDF: a title, labelled facts and paragraphs.
 * Liberation Sans is embedded, so Latvian (ā, ķ, ņ, š...) and Russian letters print alike
 * in any reader.
 */
final class PdfLetter {

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    private PdfPTable facts;

    PdfLetter(String title, String author) {
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(title);
            document.addAuthor(author);
            document.open();
            document.add(new Paragraph(author, new Font(REGULAR, 10)));
            Paragraph heading = new Paragraph(title, new Font(BOLD, 18));
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(12);
            document.add(heading);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot start the PDF", e);
        }
    }

    /** A labelled fact in a two-column table, e.g. "Registration number | 2026/000123". */
    PdfLetter fact(String label, String value) {
        if (facts == null) {
            facts = new PdfPTable(new float[] {2, 3});
            facts.setWidthPercentage(100);
        }
        facts.addCell(cell(label, BOLD));
        facts.addCell(cell(value == null ? "" : value, REGULAR));
        return this;
    }

    PdfLetter heading(String text) {
        flushFacts();
        Paragraph heading = new Paragraph(text, new Font(BOLD, 13));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        add(heading);
        return this;
    }

    PdfLetter paragraph(String text) {
        flushFacts();
        Paragraph paragraph = new Paragraph(text, new Font(REGULAR, 11));
        paragraph.setSpacingAfter(6);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        add(paragraph);
        return this;
    }

    byte[] finish() {
        flushFacts();
        document.close();
        return bytes.toByteArray();
    }

    private void flushFacts() {
        if (facts != null) {
            add(facts);
            facts = null;
        }
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF", e);
        }
    }

    private static PdfPCell cell(String text, BaseFont font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, new Font(font, 11)));
        cell.setPadding(5);
        cell.setBorderColor(java.awt.Color.GRAY);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfLetter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
    }
}
