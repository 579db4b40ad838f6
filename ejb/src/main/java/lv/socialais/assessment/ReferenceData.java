package lv.socialais.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.socialais.security.Actor;

/**
 * The dated figures of the law and of the municipality, as in force on a date: thresholds, the
 * housing coefficient K, municipal amounts. Administrators add a new period with its effective
 * date (see ReferenceDataAdministration); the period before it then ends the day before, and
 * nothing already decided changes.
 */
@Stateless
public class ReferenceData {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private ReferenceDataAdministration administration;

    public Optional<Threshold> threshold(ThresholdKind kind, LocalDate date) {
        return firstRow(entityManager
                        .createNativeQuery("SELECT valid_from, valid_until, first_person, other_person, source"
                                + " FROM income_threshold WHERE kind = ? AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?)"
                                + " ORDER BY valid_from DESC")
                        .setParameter(1, kind.name())
                        .setParameter(2, Date.valueOf(date))
                        .setParameter(3, Date.valueOf(date))
                        .getResultList())
                .map(row -> new Threshold(
                        kind, localDate(row[0]), localDate(row[1]), (BigDecimal) row[2], (BigDecimal) row[3], (String)
                                row[4]));
    }

    /** The municipality's own low-income threshold, or the state maximum where it has set none. */
    public Optional<Threshold> lowIncomeThreshold(String municipalityCode, LocalDate date) {
        Optional<Threshold> municipal = firstRow(entityManager
                        .createNativeQuery(
                                "SELECT valid_from, valid_until, first_person,"
                                        + " other_person, source FROM municipal_low_income_threshold WHERE municipality_code = ?"
                                        + " AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from DESC")
                        .setParameter(1, municipalityCode == null ? "" : municipalityCode)
                        .setParameter(2, Date.valueOf(date))
                        .setParameter(3, Date.valueOf(date))
                        .getResultList())
                .map(row -> new Threshold(
                        ThresholdKind.LOW_INCOME_MAX,
                        localDate(row[0]),
                        localDate(row[1]),
                        (BigDecimal) row[2],
                        (BigDecimal) row[3],
                        (String) row[4]));
        return municipal.isPresent() ? municipal : threshold(ThresholdKind.LOW_INCOME_MAX, date);
    }

    public Optional<BigDecimal> housingCoefficient(HouseholdKind kind, LocalDate date) {
        return first(entityManager
                        .createNativeQuery(
                                "SELECT k FROM housing_coefficient WHERE household_kind = ?"
                                        + " AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from DESC")
                        .setParameter(1, kind.name())
                        .setParameter(2, Date.valueOf(date))
                        .setParameter(3, Date.valueOf(date))
                        .getResultList())
                .map(value -> (BigDecimal) value);
    }

    public Optional<BigDecimal> municipalAmount(String code, LocalDate date) {
        return first(entityManager
                        .createNativeQuery(
                                "SELECT amount FROM municipal_amount WHERE code = ?"
                                        + " AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from DESC")
                        .setParameter(1, code)
                        .setParameter(2, Date.valueOf(date))
                        .setParameter(3, Date.valueOf(date))
                        .getResultList())
                .map(value -> (BigDecimal) value);
    }

    /** The catalogue's fixed amounts in force on the date, by type code (one query for the whole catalogue). */
    public Map<String, BigDecimal> catalogueAmounts(LocalDate date) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        String prefix = ReferenceDataAdministration.catalogueAmountCode("");
        for (Object row : entityManager
                .createNativeQuery("SELECT code, amount FROM municipal_amount WHERE code LIKE ?"
                        + " AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from")
                .setParameter(1, prefix + "%")
                .setParameter(2, Date.valueOf(date))
                .setParameter(3, Date.valueOf(date))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            amounts.put(
                    ((String) columns[0]).substring(prefix.length()), (BigDecimal) columns[1]); // the latest start wins
        }
        return amounts;
    }

    /** How many months a status or benefit is granted for, by the rule in force on the date. */
    public Optional<Integer> grantMonths(GrantPeriod period, LocalDate date) {
        return first(entityManager
                        .createNativeQuery(
                                "SELECT months FROM grant_period WHERE code = ?"
                                        + " AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from DESC")
                        .setParameter(1, period.name())
                        .setParameter(2, Date.valueOf(date))
                        .setParameter(3, Date.valueOf(date))
                        .getResultList())
                .map(value -> ((Number) value).intValue());
    }

    /**
     * Puts a new period of a threshold in force from a date: the period in force on that date
     * ends the day before. Decisions already taken keep the figures they were computed with.
     */
    public void addThreshold(
            ThresholdKind kind,
            LocalDate validFrom,
            BigDecimal firstPerson,
            BigDecimal otherPerson,
            String source,
            Actor admin) {
        administration.add(
                ReferenceKind.valueOf(kind.name()), kind.name(), validFrom, firstPerson, otherPerson, source, admin);
    }

    private static Optional<Object[]> firstRow(List<?> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    private static Optional<Object> first(List<?> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
