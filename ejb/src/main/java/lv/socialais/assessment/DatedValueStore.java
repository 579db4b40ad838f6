package lv.socialais.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dated reference data in its five tables (thresholds, coefficients, municipal amounts,
 * low-income thresholds, grant periods), read and written by native SQL as {@link ReferenceKind}
 * describes each table. Checks nothing: {@link ReferenceDataAdministration} decides what may be stored.
 */
@Stateless
public class DatedValueStore {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** Every period of the kind, by key and the newest first. */
    public List<DatedValue> history(ReferenceKind kind) {
        Query query = entityManager.createNativeQuery("SELECT " + kind.keyColumn() + ", valid_from, valid_until, "
                + valueColumns(kind) + ", source FROM " + kind.table()
                + (kind.keyIsKind() ? " WHERE kind = ?" : "") + " ORDER BY " + kind.keyColumn() + ", valid_from DESC");
        if (kind.keyIsKind()) {
            query.setParameter(1, kind.name());
        }
        return ((List<?>) query.getResultList())
                .stream()
                        .map(row -> (Object[]) row)
                        .map(row -> new DatedValue(
                                kind,
                                (String) row[0],
                                localDate(row[1]),
                                localDate(row[2]),
                                decimal(row[3]),
                                kind.shape() == ReferenceKind.Shape.PER_PERSON ? decimal(row[4]) : null,
                                (String) row[kind.shape() == ReferenceKind.Shape.PER_PERSON ? 5 : 4]))
                        .toList();
    }

    public Optional<Object[]> stateThreshold(ReferenceKind kind, LocalDate date) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT first_person, other_person FROM income_threshold WHERE kind = ?"
                        + " AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from DESC")
                .setParameter(1, kind.name())
                .setParameter(2, Date.valueOf(date))
                .setParameter(3, Date.valueOf(date))
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    public boolean exists(ReferenceKind kind, String key, LocalDate validFrom) {
        return ((Number) entityManager
                                .createNativeQuery("SELECT COUNT(*) FROM " + kind.table() + " WHERE " + kind.keyColumn()
                                        + " = ? AND valid_from = ?")
                                .setParameter(1, key)
                                .setParameter(2, Date.valueOf(validFrom))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    public Optional<LocalDate> nextStart(ReferenceKind kind, String key, LocalDate validFrom) {
        return Optional.ofNullable(localDate(entityManager
                .createNativeQuery("SELECT MIN(valid_from) FROM " + kind.table() + " WHERE " + kind.keyColumn()
                        + " = ? AND valid_from > ?")
                .setParameter(1, key)
                .setParameter(2, Date.valueOf(validFrom))
                .getSingleResult()));
    }

    public void endPeriodInForce(ReferenceKind kind, String key, LocalDate validFrom) {
        entityManager
                .createNativeQuery("UPDATE " + kind.table() + " SET valid_until = ? WHERE " + kind.keyColumn() + " = ?"
                        + " AND valid_from < ? AND (valid_until IS NULL OR valid_until >= ?)")
                .setParameter(1, Date.valueOf(validFrom.minusDays(1)))
                .setParameter(2, key)
                .setParameter(3, Date.valueOf(validFrom))
                .setParameter(4, Date.valueOf(validFrom))
                .executeUpdate();
    }

    public void insert(
            ReferenceKind kind,
            String key,
            LocalDate validFrom,
            LocalDate until,
            BigDecimal value,
            BigDecimal other,
            String source) {
        boolean perPerson = kind.shape() == ReferenceKind.Shape.PER_PERSON;
        Query insert = entityManager
                .createNativeQuery("INSERT INTO " + kind.table() + " (" + kind.keyColumn()
                        + ", valid_from, valid_until, " + valueColumns(kind) + ", source) VALUES (?, ?, ?, ?, "
                        + (perPerson ? "?, " : "") + "?)")
                .setParameter(1, key)
                .setParameter(2, Date.valueOf(validFrom))
                .setParameter(3, until == null ? null : Date.valueOf(until))
                .setParameter(4, kind.shape() == ReferenceKind.Shape.MONTHS ? (Object) value.intValueExact() : value);
        if (perPerson) {
            insert.setParameter(5, other).setParameter(6, source);
        } else {
            insert.setParameter(5, source);
        }
        insert.executeUpdate();
    }

    /** Deletes the key's period that starts on the date (a second change on one day replaces the first). */
    public void deleteStartingOn(ReferenceKind kind, String key, LocalDate from) {
        entityManager
                .createNativeQuery(
                        "DELETE FROM " + kind.table() + " WHERE " + kind.keyColumn() + " = ? AND valid_from = ?")
                .setParameter(1, key)
                .setParameter(2, Date.valueOf(from))
                .executeUpdate();
    }

    private static String valueColumns(ReferenceKind kind) {
        return switch (kind.shape()) {
            case PER_PERSON -> "first_person, other_person";
            case COEFFICIENT -> "k";
            case AMOUNT -> "amount";
            case MONTHS -> "months";
        };
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
