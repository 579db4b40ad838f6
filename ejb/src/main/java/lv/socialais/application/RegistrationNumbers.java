package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives registered applications their numbers, {@code 2026/000123}: unique and increasing per
 * year across every node of a cluster. Each number is taken in a short transaction of its own,
 * so the year's counter row is locked only for that one update. (It used to be locked by the
 * registering transaction until that committed, which kept the numbers gapless but let only
 * one registration at a time through the whole service: every other intake request waited on
 * this row, the benchmark's thread dumps showed, and the intake stayed at 19-25 a second.) The
 * price is a gap when a registration fails after taking its number; the registrar takes it once
 * the application is written, so that a second submission of the same key collides before.
 */
@Stateless
public class RegistrationNumbers {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** The next number of the year, committed at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next(int year) {
        int updated = increment(year);
        if (updated == 0) {
            createYear(year);
            updated = increment(year);
        }
        if (updated != 1) {
            throw new IllegalStateException("no registration counter for " + year);
        }
        Number value = (Number)
                entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
        return format(year, value.longValue());
    }

    static String format(int year, long sequence) {
        return String.format("%d/%06d", year, sequence);
    }

    private int increment(int year) {
        // LAST_INSERT_ID(expr) hands the new value to this connection only.
        return entityManager
                .createNativeQuery(
                        "UPDATE registration_sequence SET last_value = LAST_INSERT_ID(last_value + 1) WHERE seq_year = ?")
                .setParameter(1, year)
                .executeUpdate();
    }

    /** The first registration of a year creates its counter; INSERT IGNORE lets concurrent first ones meet. */
    private void createYear(int year) {
        entityManager
                .createNativeQuery("INSERT IGNORE INTO registration_sequence (seq_year, last_value) VALUES (?, 0)")
                .setParameter(1, year)
                .executeUpdate();
    }
}
