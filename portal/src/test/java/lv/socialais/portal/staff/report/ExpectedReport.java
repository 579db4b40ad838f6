package lv.socialais.portal.staff.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import lv.socialais.application.Channel;
import lv.socialais.report.HouseholdCount;

/**
 * The report's figures counted by the test from what it put in the database, one item at a
 * time in plain Java: the independent count every cell of the report is checked against.
 */
final class ExpectedReport {

    private final Collection<Planned.Application> applications;
    private final Collection<Planned.Status> statuses;

    ExpectedReport(Collection<Planned.Application> applications, Collection<Planned.Status> statuses) {
        this.applications = List.copyOf(applications);
        this.statuses = List.copyOf(statuses);
    }

    /** Applications of the type (all types when {@code null}) received in the month. */
    long registered(String typeCode, YearMonth month) {
        return applications.stream()
                .filter(a -> typeCode == null || a.typeCode().equals(typeCode))
                .filter(a -> YearMonth.from(a.receivedOn()).equals(month))
                .count();
    }

    /** Decisions on applications of the type (all types when {@code null}) taken in the month, by Riga date. */
    long decided(String typeCode, YearMonth month) {
        return applications.stream()
                .filter(a -> typeCode == null || a.typeCode().equals(typeCode))
                .filter(Planned.Application::decided)
                .filter(a -> YearMonth.from(a.decidedOn()).equals(month))
                .count();
    }

    long byChannel(Channel channel, YearMonth month) {
        return applications.stream()
                .filter(a -> a.channel() == channel)
                .filter(a -> YearMonth.from(a.receivedOn()).equals(month))
                .count();
    }

    long decidedPastDeadline(YearMonth month) {
        return applications.stream()
                .filter(Planned.Application::decided)
                .filter(a -> YearMonth.from(a.decidedOn()).equals(month))
                .filter(a -> a.decidedOn().isAfter(a.deadline()))
                .count();
    }

    /** Households (distinct granting applications) and persons with the status valid on the month's last day. */
    HouseholdCount holding(String kind, YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        List<Planned.Status> valid = statuses.stream()
                .filter(s -> s.kind().equals(kind))
                .filter(s -> !s.validFrom().isAfter(day) && !s.validUntil().isBefore(day))
                .toList();
        return new HouseholdCount(
                valid.stream().map(Planned.Status::applicationId).distinct().count(),
                valid.stream()
                        .map(Planned.Status::personalCode)
                        .filter(Objects::nonNull)
                        .distinct()
                        .count());
    }
}
