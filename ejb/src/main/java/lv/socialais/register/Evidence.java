package lv.socialais.register;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationLookup;
import lv.socialais.application.ApplicationNotFound;
import lv.socialais.application.TimelineEventType;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.security.Actor;

/** What the registers said about an application's people, and the caseworker's "ask again". */
@Stateless
public class Evidence {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private ApplicationLookup lookup;

    @Inject
    private RegisterQueryOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The evidence received for the application, newest first. */
    public List<RegisterEvidence> of(Long applicationId, Actor actor) {
        visible(applicationId, actor);
        return entityManager
                .createQuery(
                        "SELECT e FROM RegisterEvidence e WHERE e.applicationId = :id"
                                + " ORDER BY e.receivedAt DESC, e.id DESC",
                        RegisterEvidence.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** The application's register queries and where each one is. */
    public List<RegisterQuery> queriesOf(Long applicationId, Actor actor) {
        visible(applicationId, actor);
        return entityManager
                .createQuery(
                        "SELECT q FROM RegisterQuery q WHERE q.applicationId = :id ORDER BY q.id", RegisterQuery.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** Puts every register query of the application back into the outbox, to be asked now. */
    public int refresh(Long applicationId, Actor actor) {
        Application application = visible(applicationId, actor);
        if (!actor.role().isStaff()) {
            throw new ApplicationNotFound(applicationId);
        }
        int reopened = outbox.reopenAll(applicationId);
        application.note(TimelineEventType.REGISTER_DATA_REQUESTED, actor, clock.instant(), reopened + " queries");
        audit.record(
                actor, AuditAction.EVIDENCE_REFRESHED, AuditSubject.APPLICATION, applicationId, reopened + " queries");
        return reopened;
    }

    private Application visible(Long applicationId, Actor actor) {
        return lookup.visibleTo(applicationId, actor);
    }
}
