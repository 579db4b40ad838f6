package lv.socialais.report;

import java.io.Serializable;
import java.util.List;
import lv.socialais.common.LocalizedText;

/**
 * One line of the board's table: for an application type (or for all of them, the "kopā"
 * line) the applications registered and the decisions taken in each month of the report.
 *
 * @param typeCode the type's catalogue code, {@code null} on the totals line
 */
public record ReportRow(String typeCode, LocalizedText name, List<Long> applications, List<Long> decisions)
        implements Serializable {

    public ReportRow {
        applications = List.copyOf(applications);
        decisions = List.copyOf(decisions);
        if (applications.size() != decisions.size()) {
            throw new IllegalArgumentException("one figure per month in both halves of the row");
        }
    }

    public boolean isTotal() {
        return typeCode == null;
    }

    public long applicationsInRange() {
        return applications.stream().mapToLong(Long::longValue).sum();
    }

    public long decisionsInRange() {
        return decisions.stream().mapToLong(Long::longValue).sum();
    }
}
