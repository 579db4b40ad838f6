package lv.socialais.portal.staff.report;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import lv.socialais.report.ChannelRow;
import lv.socialais.report.HouseholdCount;
import lv.socialais.report.Indicators;
import lv.socialais.report.MonthColumn;
import lv.socialais.report.Report;
import lv.socialais.report.ReportRow;

/**
 * The report laid out as the board prints it, in the reader's language: the title with the
 * period, the table headed "Iesnieguma veids | Iesniegumu skaits (per month) | Lēmumu skaits
 * (per month)" with the bold "kopā" line first and one line per application type, then the
 * indicators table. The page and every export (CSV, XLSX, PDF) show this one layout, so they
 * cannot disagree.
 */
public record ReportLayout(
        String title,
        String tableHeading,
        String typeHeader,
        String applicationsHeader,
        String decisionsHeader,
        List<String> monthLabels,
        List<Line> lines,
        String indicatorsHeading,
        List<String> indicatorMonthLabels,
        List<IndicatorLine> indicators)
        implements Serializable {

    static final String BUNDLE = "lv.socialais.portal.i18n.messages";

    /** A line of the table: the totals line or an application type. */
    public record Line(String label, boolean total, List<Long> applications, List<Long> decisions)
            implements Serializable {}

    /** A line of the indicators table, one value per month as the board writes it. */
    public record IndicatorLine(String label, List<String> values) implements Serializable {}

    public static ReportLayout of(Report report, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        boolean oneYear = report.range().withinOneYear();
        List<String> shortMonths = new ArrayList<>();
        List<String> longMonths = new ArrayList<>();
        for (MonthColumn column : report.months()) {
            shortMonths.add(month(texts, "month.short.", column.month(), oneYear));
            longMonths.add(month(texts, "month.long.", column.month(), oneYear));
        }
        List<Line> lines = new ArrayList<>();
        lines.add(line(report.totals(), texts.getString("report.total")));
        report.rows().forEach(row -> lines.add(line(row, row.name().in(locale))));
        return new ReportLayout(
                title(texts, report.range().firstDay(), report.range().lastDay()),
                texts.getString("report.tableHeading"),
                texts.getString("report.column.type"),
                texts.getString("report.column.applications"),
                texts.getString("report.column.decisions"),
                List.copyOf(shortMonths),
                List.copyOf(lines),
                texts.getString("report.indicators.heading"),
                List.copyOf(longMonths),
                indicators(report.indicators(), texts));
    }

    /** "Par Labklājības pārvaldes darbu laika periodā no 2024. gada 1. jūlija līdz 2024. gada 30. septembrim" */
    static String title(ResourceBundle texts, LocalDate from, LocalDate to) {
        return format(
                texts,
                "report.title",
                date(texts, "report.dateFrom", "month.genitive.", from),
                date(texts, "report.dateTo", "month.dative.", to));
    }

    private static String date(ResourceBundle texts, String pattern, String monthForm, LocalDate date) {
        return format(
                texts,
                pattern,
                String.valueOf(date.getYear()),
                String.valueOf(date.getDayOfMonth()),
                texts.getString(monthForm + date.getMonthValue()));
    }

    private static String month(ResourceBundle texts, String form, YearMonth month, boolean oneYear) {
        String name = texts.getString(form + month.getMonthValue());
        return oneYear ? name : format(texts, "report.monthWithYear", String.valueOf(month.getYear()), name);
    }

    private static Line line(ReportRow row, String label) {
        return new Line(label, row.isTotal(), row.applications(), row.decisions());
    }

    private static List<IndicatorLine> indicators(Indicators indicators, ResourceBundle texts) {
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(new IndicatorLine(texts.getString("report.indicator.needy"), households(indicators.needy(), texts)));
        lines.add(new IndicatorLine(
                texts.getString("report.indicator.lowIncome"), households(indicators.lowIncome(), texts)));
        for (ChannelRow channel : indicators.byChannel()) {
            lines.add(new IndicatorLine(
                    texts.getString("report.indicator.channel." + channel.channel()),
                    channel.applications().stream().map(String::valueOf).toList()));
        }
        lines.add(new IndicatorLine(
                texts.getString("report.indicator.pastDeadline"),
                indicators.decidedPastDeadline().stream().map(String::valueOf).toList()));
        return List.copyOf(lines);
    }

    private static List<String> households(List<HouseholdCount> counts, ResourceBundle texts) {
        return counts.stream()
                .map(count -> format(
                        texts,
                        "report.indicator.households",
                        String.valueOf(count.households()),
                        String.valueOf(count.persons())))
                .toList();
    }

    /** Texts with their arguments as strings, so that a year is never written "2 024". */
    private static String format(ResourceBundle texts, String key, String... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
