package lv.socialais.register;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.application.TimelineEventType;
import lv.socialais.security.Actor;

/**
 * The outbox's bookkeeping, each step in a short transaction of its own: claim due queries
 * (rows other nodes have locked are skipped), record an answer as evidence, record a failure
 * with its next attempt, and reopen queries when a caseworker wants fresh data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegisterQueryOutbox {

    private static final Actor WORKER = Actor.system("register-outbox");

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /** Claims up to {@code limit} due queries for this node's worker for the lease time; returns their ids. */
    @SuppressWarnings("unchecked")
    public List<Long> claimDue(int limit, Duration lease, String node) {
        Instant now = clock.instant();
        List<Number> ids = entityManager
                .createNativeQuery("SELECT id FROM register_query WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(Number::longValue)
                .peek(id -> entityManager.find(RegisterQuery.class, id).lease(now, lease, node))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RegisterQuery query(Long id) {
        return entityManager.find(RegisterQuery.class, id);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String registrationNumberOf(Long applicationId) {
        return entityManager
                .find(Application.class, applicationId)
                .getRegistration()
                .getNumber()
                .orElse(null);
    }

    /**
     * Records an answer as evidence and on the application's timeline. The application is
     * locked first, before anything is read: the answers of its other queries arrive at the same
     * time (several lanes, several nodes), and each must number its timeline event after the
     * last one committed.
     */
    public void answered(Long queryId, Long applicationId, String messageId, String summary, Object data) {
        Application application = entityManager.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        RegisterQuery query = entityManager.find(RegisterQuery.class, queryId);
        query.succeeded(now);
        entityManager.persist(new RegisterEvidence(query, now, messageId, summary, toJson(data)));
        application.note(
                TimelineEventType.REGISTER_DATA_RECEIVED, WORKER, now, query.getRegister() + " " + query.getQuery());
    }

    public void failed(Long queryId, String error, int maxAttempts) {
        entityManager.find(RegisterQuery.class, queryId).failed(error, clock.instant(), maxAttempts);
    }

    /** Asks every register query of an application again, now. */
    public int reopenAll(Long applicationId) {
        List<RegisterQuery> queries = entityManager
                .createQuery("SELECT q FROM RegisterQuery q WHERE q.applicationId = :id", RegisterQuery.class)
                .setParameter("id", applicationId)
                .getResultList();
        Instant now = clock.instant();
        queries.forEach(query -> query.reopen(now));
        return queries.size();
    }

    private static String toJson(Object data) {
        if (data == null) {
            return "null";
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(data);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the register's answer as JSON", e);
        }
    }
}
