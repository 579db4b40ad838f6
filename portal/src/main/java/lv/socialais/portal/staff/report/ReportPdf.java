package lv.socialais.portal.staff.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as a PDF (OpenPDF) to print or attach to the board's minutes: A4 landscape, the
 * title and the two tables in the board's layout, the header lines repeated on every page.
 * The font is Liberation Sans, which OpenPDF ships, embedded so that ā, č, ē, ģ, ī, ķ, ļ, ņ,
 * š, ū, ž (and Cyrillic) print on any machine.
 */
public final class ReportPdf {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final float TYPE_COLUMN_WEIGHT = 7f;

    private ReportPdf() {}

    public static byte[] write(ReportLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = font();
            Font regular = new Font(base, 8);
            Font bold = new Font(base, 8, Font.BOLD);
            document.addTitle(layout.title());
            document.open();
            Paragraph title = new Paragraph(layout.title(), new Font(base, 12, Font.BOLD));
            title.setSpacingAfter(8);
            document.add(title);
            Paragraph heading = new Paragraph(layout.tableHeading(), regular);
            heading.setSpacingAfter(6);
            document.add(heading);
            document.add(table(layout, regular, bold));
            Paragraph indicatorsHeading = new Paragraph(layout.indicatorsHeading(), bold);
            indicatorsHeading.setSpacingBefore(12);
            indicatorsHeading.setSpacingAfter(6);
            document.add(indicatorsHeading);
            document.add(indicators(layout, regular, bold));
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report PDF could not be written", e);
        }
    }

    private static PdfPTable table(ReportLayout layout, Font regular, Font bold) {
        int months = layout.monthLabels().size();
        PdfPTable table = new PdfPTable(widths(1 + 2 * months));
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        table.addCell(cell(layout.typeHeader(), bold, 1, Element.ALIGN_LEFT));
        table.addCell(cell(layout.applicationsHeader(), bold, months, Element.ALIGN_CENTER));
        table.addCell(cell(layout.decisionsHeader(), bold, months, Element.ALIGN_CENTER));
        table.addCell(cell("", bold, 1, Element.ALIGN_LEFT));
        for (int half = 0; half < 2; half++) {
            layout.monthLabels().forEach(label -> table.addCell(cell(label, bold, 1, Element.ALIGN_CENTER)));
        }
        for (ReportLayout.Line line : layout.lines()) {
            Font font = line.total() ? bold : regular;
            table.addCell(cell(line.label(), font, 1, Element.ALIGN_LEFT));
            numbers(table, line.applications(), font);
            numbers(table, line.decisions(), font);
        }
        return table;
    }

    private static PdfPTable indicators(ReportLayout layout, Font regular, Font bold) {
        int months = layout.indicatorMonthLabels().size();
        PdfPTable table = new PdfPTable(widths(1 + months));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell("", bold, 1, Element.ALIGN_LEFT));
        layout.indicatorMonthLabels().forEach(label -> table.addCell(cell(label, bold, 1, Element.ALIGN_CENTER)));
        for (ReportLayout.IndicatorLine line : layout.indicators()) {
            table.addCell(cell(line.label(), regular, 1, Element.ALIGN_LEFT));
            line.values().forEach(value -> table.addCell(cell(value, regular, 1, Element.ALIGN_RIGHT)));
        }
        return table;
    }

    private static void numbers(PdfPTable table, List<Long> values, Font font) {
        values.forEach(value -> table.addCell(cell(String.valueOf(value), font, 1, Element.ALIGN_RIGHT)));
    }

    private static PdfPCell cell(String text, Font font, int columns, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setColspan(columns);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = TYPE_COLUMN_WEIGHT;
        return widths;
    }

    private static BaseFont font() throws DocumentException {
        try (InputStream in = Document.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's " + FONT + " is missing");
            }
            return BaseFont.createFont(
                    "LiberationSans-Regular.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
