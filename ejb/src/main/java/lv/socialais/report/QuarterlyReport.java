package lv.socialais.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.socialais.application.Channel;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.common.LocalizedText;
import lv.socialais.common.Riga;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.security.RoleRequired;
import lv.socialais.status.HouseholdStatusKind;

/**
 * The board's report on the social service's work, produced from the data instead of by hand:
 * for each month of a range, per application type (every active type of the catalogue in its
 * order, with zeros where nothing happened, and an inactive one only when it has figures) the
 * applications registered (by their date of receipt) and the decisions taken (by the Latvian
 * date of the decision), with the totals line; and the indicators at each month's end.
 *
 * <p>Every figure is counted by the database (aggregate queries, one scan each); no
 * application is loaded. Decision times are instants, and "the date of the decision" is the
 * date in Riga: each row's date is found by comparing it with the Riga midnights of the range,
 * passed as parameters, so the count does not depend on the database's time zone.
 */
@Stateless
public class QuarterlyReport {

    private static final LocalizedText TOTAL = new LocalizedText("kopā", "total", "итого");

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** The report of the months; for supervisors and administrators, as the board's figures are theirs to hand on. */
    public Report of(MonthRange range, Actor reader) {
        RoleRequired.require(reader, Role.SUPERVISOR, Role.ADMIN);
        List<YearMonth> months = range.months();
        Figures figures = new Figures(months);
        countRegistered(range, figures);
        countDecided(range, figures);

        List<ReportRow> rows = new ArrayList<>();
        for (ApplicationType type : types()) {
            long[] applications = figures.applications.getOrDefault(type.getId(), new long[months.size()]);
            long[] decisions = figures.decisions.getOrDefault(type.getId(), new long[months.size()]);
            if (type.isActive()
                    || figures.applications.containsKey(type.getId())
                    || figures.decisions.containsKey(type.getId())) {
                rows.add(new ReportRow(type.getCode(), type.getName(), list(applications), list(decisions)));
            }
        }
        ReportRow totals = new ReportRow(null, TOTAL, sum(rows, true, months.size()), sum(rows, false, months.size()));

        List<ChannelRow> channels = new ArrayList<>();
        figures.byChannel.forEach((channel, counts) -> channels.add(new ChannelRow(channel, list(counts))));
        Map<HouseholdStatusKind, List<HouseholdCount>> statuses = statusesAtMonthEnds(months);
        Indicators indicators = new Indicators(
                statuses.get(HouseholdStatusKind.NEEDY),
                statuses.get(HouseholdStatusKind.LOW_INCOME),
                channels,
                list(figures.pastDeadline));
        return new Report(range, months.stream().map(MonthColumn::new).toList(), totals, rows, indicators);
    }

    private List<ApplicationType> types() {
        return entityManager
                .createQuery("SELECT t FROM ApplicationType t ORDER BY t.sortOrder, t.id", ApplicationType.class)
                .getResultList();
    }

    /** Applications registered, per type, channel and month of their date of receipt. */
    private void countRegistered(MonthRange range, Figures figures) {
        List<?> result = entityManager
                .createNativeQuery(
                        "SELECT a.application_type_id, a.channel, YEAR(a.received_on), MONTH(a.received_on), COUNT(*)"
                                + " FROM application a WHERE a.received_on BETWEEN ?1 AND ?2"
                                + " GROUP BY a.application_type_id, a.channel, YEAR(a.received_on), MONTH(a.received_on)")
                .setParameter(1, Date.valueOf(range.firstDay()))
                .setParameter(2, Date.valueOf(range.lastDay()))
                .getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            int month = figures.index(number(columns[2]), number(columns[3]));
            long count = number(columns[4]);
            figures.applications.computeIfAbsent(number(columns[0]), id -> new long[figures.size])[month] += count;
            figures.byChannel.get(Channel.valueOf((String) columns[1]))[month] += count;
        }
    }

    /**
     * Decisions taken, per type and month of their Riga date, and how many of them came after
     * the deadline (decided on a later day than the decision deadline).
     */
    private void countDecided(MonthRange range, Figures figures) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder decidedOn = new StringBuilder("CASE");
        for (YearMonth month : range.months()) {
            decidedOn
                    .append(" WHEN a.decided_at < ")
                    .append(parameter(
                            parameters, midnightBefore(month.plusMonths(1).atDay(1))))
                    .append(" THEN CASE");
            for (LocalDate day = month.atDay(1); day.isBefore(month.atEndOfMonth()); day = day.plusDays(1)) {
                decidedOn
                        .append(" WHEN a.decided_at < ")
                        .append(parameter(parameters, midnightBefore(day.plusDays(1))))
                        .append(" THEN DATE '")
                        .append(day)
                        .append('\'');
            }
            decidedOn.append(" ELSE DATE '").append(month.atEndOfMonth()).append("' END");
        }
        decidedOn.append(" END");
        String sql = "SELECT x.type_id, YEAR(x.decided_on), MONTH(x.decided_on), COUNT(*),"
                + " SUM(CASE WHEN x.deadline < x.decided_on THEN 1 ELSE 0 END)"
                + " FROM (SELECT a.application_type_id AS type_id, a.decision_deadline AS deadline, " + decidedOn
                + " AS decided_on"
                + " FROM application a WHERE a.decided_at >= " + parameter(parameters, midnightBefore(range.firstDay()))
                + " AND a.decided_at < "
                + parameter(parameters, midnightBefore(range.lastDay().plusDays(1))) + ") x"
                + " GROUP BY x.type_id, YEAR(x.decided_on), MONTH(x.decided_on)";
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            int month = figures.index(number(columns[1]), number(columns[2]));
            figures.decisions.computeIfAbsent(number(columns[0]), id -> new long[figures.size])[month] +=
                    number(columns[3]);
            figures.pastDeadline[month] += number(columns[4]);
        }
    }

    /** Households (granting applications) and persons with a valid status on the last day of each month. */
    private Map<HouseholdStatusKind, List<HouseholdCount>> statusesAtMonthEnds(List<YearMonth> months) {
        StringBuilder monthEnds = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            monthEnds
                    .append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(i)
                    .append(" AS m, DATE '")
                    .append(months.get(i).atEndOfMonth())
                    .append("' AS day");
        }
        List<?> result = entityManager
                .createNativeQuery(
                        "SELECT d.m, s.status, COUNT(DISTINCT s.application_id), COUNT(DISTINCT s.personal_code)"
                                + " FROM household_status s JOIN (" + monthEnds + ") d"
                                + " ON s.valid_from <= d.day AND s.valid_until >= d.day"
                                + " GROUP BY d.m, s.status")
                .getResultList();
        Map<HouseholdStatusKind, HouseholdCount[]> counts = new EnumMap<>(HouseholdStatusKind.class);
        for (HouseholdStatusKind kind : HouseholdStatusKind.values()) {
            HouseholdCount[] perMonth = new HouseholdCount[months.size()];
            Arrays.fill(perMonth, HouseholdCount.NONE);
            counts.put(kind, perMonth);
        }
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            counts.get(HouseholdStatusKind.valueOf((String) columns[1]))[(int) number(columns[0])] =
                    new HouseholdCount(number(columns[2]), number(columns[3]));
        }
        Map<HouseholdStatusKind, List<HouseholdCount>> lists = new EnumMap<>(HouseholdStatusKind.class);
        counts.forEach((kind, perMonth) -> lists.put(kind, List.of(perMonth)));
        return lists;
    }

    private static Timestamp midnightBefore(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Riga.ZONE).toInstant());
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static List<Long> sum(List<ReportRow> rows, boolean applications, int months) {
        long[] sums = new long[months];
        for (ReportRow row : rows) {
            List<Long> figures = applications ? row.applications() : row.decisions();
            for (int i = 0; i < months; i++) {
                sums[i] += figures.get(i);
            }
        }
        return list(sums);
    }

    private static List<Long> list(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The counts as the queries fill them, per type id and month index. */
    private static final class Figures {

        private final YearMonth first;
        private final int size;
        private final Map<Long, long[]> applications = new HashMap<>();
        private final Map<Long, long[]> decisions = new HashMap<>();
        private final Map<Channel, long[]> byChannel = new EnumMap<>(Channel.class);
        private final long[] pastDeadline;

        Figures(List<YearMonth> months) {
            this.first = months.get(0);
            this.size = months.size();
            this.pastDeadline = new long[size];
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, new long[size]);
            }
        }

        int index(long year, long month) {
            return (int) ((year - first.getYear()) * 12 + month - first.getMonthValue());
        }
    }
}
