package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives registered applications their numbers, {@code 2026/000123}: unique and gapless per
 * year across every node of a cluster. The year's counter row is locked by the registering
 * transaction until it commits, so a rolled-back registration gives its number back.
 */
@Stateless
public class RegistrationNumbers {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** The next number of the year, within the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
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
