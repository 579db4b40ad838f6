package lv.socialais.portal.staff.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import lv.socialais.report.SpreadsheetText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook (Apache POI): one sheet in the board's layout, figures as
 * numbers so that the board can add them up, the title and "kopā" in bold, the header cells
 * merged as in the board's document.
 */
public final class ReportXlsx {

    private static final int TYPE_COLUMN_WIDTH = 70 * 256;
    private static final int MONTH_COLUMN_WIDTH = 11 * 256;

    private ReportXlsx() {}

    public static byte[] write(ReportLayout layout, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            int months = layout.monthLabels().size();
            sheet.setColumnWidth(0, TYPE_COLUMN_WIDTH);
            for (int column = 1; column <= 2 * months; column++) {
                sheet.setColumnWidth(column, MONTH_COLUMN_WIDTH);
            }
            int r = 0;
            text(sheet.createRow(r++), 0, layout.title(), styles.title);
            r++;
            text(sheet.createRow(r++), 0, layout.tableHeading(), null);

            int headerRow = r;
            Row header = sheet.createRow(r++);
            text(header, 0, layout.typeHeader(), styles.header);
            text(header, 1, layout.applicationsHeader(), styles.header);
            text(header, 1 + months, layout.decisionsHeader(), styles.header);
            Row monthHeader = sheet.createRow(r++);
            for (int i = 0; i < months; i++) {
                text(monthHeader, 1 + i, layout.monthLabels().get(i), styles.header);
                text(monthHeader, 1 + months + i, layout.monthLabels().get(i), styles.header);
            }
            sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow + 1, 0, 0));
            if (months > 1) {
                sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, 1, months));
                sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, 1 + months, 2 * months));
            }
            for (ReportLayout.Line line : layout.lines()) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.label(), line.total() ? styles.bold : styles.wrap);
                numbers(row, 1, line.applications(), line.total() ? styles.bold : null);
                numbers(row, 1 + months, line.decisions(), line.total() ? styles.bold : null);
            }
            sheet.createFreezePane(1, headerRow + 2);

            r++;
            text(sheet.createRow(r++), 0, layout.indicatorsHeading(), styles.bold);
            Row indicatorHeader = sheet.createRow(r++);
            for (int i = 0; i < layout.indicatorMonthLabels().size(); i++) {
                text(indicatorHeader, 1 + i, layout.indicatorMonthLabels().get(i), styles.header);
            }
            for (ReportLayout.IndicatorLine indicator : layout.indicators()) {
                Row row = sheet.createRow(r++);
                text(row, 0, indicator.label(), styles.wrap);
                for (int i = 0; i < indicator.values().size(); i++) {
                    String value = indicator.values().get(i);
                    if (value.chars().allMatch(Character::isDigit)) {
                        row.createCell(1 + i).setCellValue(Long.parseLong(value));
                    } else {
                        text(row, 1 + i, value, null);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (SpreadsheetText.formulaLike(value)) {
            // Shown and kept as text, also when the sheet is saved again as CSV (a rare cell: its own style).
            CellStyle quoted = row.getSheet().getWorkbook().createCellStyle();
            if (style != null) {
                quoted.cloneStyleFrom(style);
            }
            quoted.setQuotePrefixed(true);
            cell.setCellStyle(quoted);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void numbers(Row row, int firstColumn, List<Long> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(firstColumn + i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static final class Styles {

        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle bold;
        private final CellStyle wrap;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
        }
    }
}
