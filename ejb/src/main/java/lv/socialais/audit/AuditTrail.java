package lv.socialais.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import lv.socialais.security.Actor;

/**
 * Records what staff, residents and systems do, in the caller's transaction: an action that
 * is rolled back leaves no audit entry, and an audited action cannot commit without one.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    public void record(Actor actor, AuditAction action, AuditSubject subject, Long subjectId, String detail) {
        entityManager.persist(new AuditEvent(clock.instant(), actor, action.name(), subject.name(), subjectId, detail));
    }

    /** The audit entries about one record, oldest first. */
    public List<AuditEvent> about(AuditSubject subject, Long subjectId) {
        return entityManager
                .createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.subjectType = :type"
                                + " AND e.subjectId = :id ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("type", subject.name())
                .setParameter("id", subjectId)
                .getResultList();
    }

    /** The latest audit entries about a kind of record, newest first, e.g. every change of the reference data. */
    public List<AuditEvent> latest(AuditSubject subject, int max) {
        return entityManager
                .createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.subjectType = :type ORDER BY e.id DESC", AuditEvent.class)
                .setParameter("type", subject.name())
                .setMaxResults(max)
                .getResultList();
    }
}
