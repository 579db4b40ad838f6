package lv.socialais.report;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The board's report on the social service's work for a range of months: applications
 * registered and decisions taken per application type and month, the totals line first,
 * then the indicators. Immutable, and small enough to keep in a view.
 */
public record Report(
        MonthRange range, List<MonthColumn> months, ReportRow totals, List<ReportRow> rows, Indicators indicators)
        implements Serializable {

    public Report {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    /** The row of one application type, by its catalogue code. */
    public Optional<ReportRow> row(String typeCode) {
        return rows.stream().filter(row -> typeCode.equals(row.typeCode())).findFirst();
    }
}
