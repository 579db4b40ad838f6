package lv.socialais.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** One month of a report: a column of the table and the month end the indicators are counted on. */
public record MonthColumn(YearMonth month) implements Serializable {

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }
}
