package lv.socialais.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The months a report covers, from the first to the last month inclusive: a quarter, or any
 * other run of whole months, also across the turn of a year. Dates are Latvian calendar dates.
 */
public record MonthRange(YearMonth first, YearMonth last) implements Serializable {

    /** Two years: longer periods are not a report the board reads, and would make wide tables. */
    public static final int MAX_MONTHS = 24;

    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends before it starts: " + first + " to " + last);
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_MONTHS + " months");
        }
    }

    /** Months {@code fromMonth} to {@code toMonth} (1–12) of one year. */
    public static MonthRange of(int year, int fromMonth, int toMonth) {
        return new MonthRange(YearMonth.of(year, fromMonth), YearMonth.of(year, toMonth));
    }

    /** The quarter (1–4) of the year. */
    public static MonthRange quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a year has quarters 1 to 4, not " + quarter);
        }
        return of(year, quarter * 3 - 2, quarter * 3);
    }

    /** The last quarter that has ended before the given day, the one a board asks about. */
    public static MonthRange lastFullQuarter(LocalDate today) {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        return quarter == 1 ? quarter(today.getYear() - 1, 4) : quarter(today.getYear(), quarter - 1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    public boolean withinOneYear() {
        return first.getYear() == last.getYear();
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
