package lv.socialais.portal.staff.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lv.socialais.report.SpreadsheetText;

/**
 * The report as a CSV file for spreadsheets: UTF-8 with a byte order mark (so that Excel shows
 * the Latvian letters), semicolons between fields as Latvian spreadsheets expect, the board's
 * layout line by line: title, table heading, the two header lines, "kopā", the types, then the
 * indicators.
 */
public final class ReportCsv {

    private static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private ReportCsv() {}

    public static byte[] write(ReportLayout layout) {
        int months = layout.monthLabels().size();
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of(layout.title()));
        line(csv, List.of());
        line(csv, List.of(layout.tableHeading()));
        List<String> header = new ArrayList<>(List.of(layout.typeHeader(), layout.applicationsHeader()));
        header.addAll(Collections.nCopies(months - 1, ""));
        header.add(layout.decisionsHeader());
        header.addAll(Collections.nCopies(months - 1, ""));
        line(csv, header);
        List<String> monthHeader = new ArrayList<>(List.of(""));
        monthHeader.addAll(layout.monthLabels());
        monthHeader.addAll(layout.monthLabels());
        line(csv, monthHeader);
        for (ReportLayout.Line row : layout.lines()) {
            List<String> fields = new ArrayList<>(List.of(row.label()));
            row.applications().forEach(count -> fields.add(String.valueOf(count)));
            row.decisions().forEach(count -> fields.add(String.valueOf(count)));
            line(csv, fields);
        }
        line(csv, List.of());
        line(csv, List.of(layout.indicatorsHeading()));
        List<String> indicatorHeader = new ArrayList<>(List.of(""));
        indicatorHeader.addAll(layout.indicatorMonthLabels());
        line(csv, indicatorHeader);
        for (ReportLayout.IndicatorLine indicator : layout.indicators()) {
            List<String> fields = new ArrayList<>(List.of(indicator.label()));
            fields.addAll(indicator.values());
            line(csv, fields);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    /** Formula-like text neutralised (a type's name comes from the catalogue), quoted where needed. */
    private static String field(String raw) {
        String value = SpreadsheetText.neutralised(raw);
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
