package lv.socialais.staff;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Counts failed staff sign-ins in the database itself, one atomic statement per failure under
 * the row's lock, in a transaction of its own. Parallel wrong guesses therefore all count: a
 * count kept in the versioned entity would lose the guesses whose optimistic-lock conflict rolls
 * their increment back, and let an attacker guess on past the limit.
 */
@Stateless
public class FailedSignIns {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** Counts one failure; the one that reaches the limit locks the account until the given time. Tells whether it is locked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean count(long userId, int limit, Instant lockedUntil) {
        entityManager
                .createNativeQuery("UPDATE staff_user SET failed_attempts = failed_attempts + 1 WHERE id = ?")
                .setParameter(1, userId)
                .executeUpdate();
        // The row stays locked by the update above until this transaction ends, so no other
        // failure slips in between the count and the lock. The WHERE is read before the SET.
        int locked = entityManager
                .createNativeQuery(
                        "UPDATE staff_user SET locked_until = ?, failed_attempts = 0 WHERE id = ? AND failed_attempts >= ?")
                .setParameter(1, java.sql.Timestamp.from(lockedUntil))
                .setParameter(2, userId)
                .setParameter(3, limit)
                .executeUpdate();
        return locked == 1;
    }

    /** Whether the account is locked now, read from the database rather than from any entity read earlier. */
    public boolean isLocked(long userId, Instant now) {
        Object until = entityManager
                .createNativeQuery("SELECT locked_until FROM staff_user WHERE id = ?")
                .setParameter(1, userId)
                .getSingleResult();
        return until != null && toInstant(until).isAfter(now);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        return (Instant) value;
    }
}
