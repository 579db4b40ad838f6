package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.security.Actor;

/** Reading applications: one in full, a resident's own list. Every opening by staff is audited. */
@Stateless
public class ApplicationQueries {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private ApplicationLookup lookup;

    @Inject
    private AuditTrail audit;

    /** The application with everything it holds, if the actor may see it. */
    public Optional<Application> open(Long applicationId, Actor actor) {
        Optional<Application> found = lookup.find(applicationId, actor);
        if (found.isEmpty()) {
            return found;
        }
        Application application = found.get();
        if (actor.role().isStaff()) {
            audit.record(actor, AuditAction.APPLICATION_OPENED, AuditSubject.APPLICATION, applicationId, null);
        }
        loadCollections(application);
        return Optional.of(application);
    }

    /** The applications a resident filed or is a household member of, newest first; no drafts of others. */
    public List<Application> concerning(String personalCode) {
        List<Application> applications = entityManager
                .createQuery(
                        "SELECT DISTINCT a FROM Application a"
                                + " LEFT JOIN a.household m WHERE (a.declaration.applicant.personalCode = :code AND a.status <> :draft)"
                                + " OR (m.personalCode = :code AND a.status <> :draft) ORDER BY a.filing.createdAt DESC",
                        Application.class)
                .setParameter("code", personalCode)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .getResultList();
        applications.forEach(ApplicationQueries::loadCollections);
        return applications;
    }

    /**
     * The application with this registration number, if it concerns the person: how the state
     * portal and registers ask about an application's status.
     */
    public Optional<Application> byRegistrationNumber(String registrationNumber, String personalCode) {
        return entityManager
                .createQuery("SELECT a FROM Application a WHERE a.registration.number = :number", Application.class)
                .setParameter("number", registrationNumber)
                .getResultStream()
                .filter(application -> Access.concerns(application, personalCode))
                .findFirst();
    }

    /** The registration number of an application, for answers that name it. */
    public Optional<String> registrationNumberOf(Long applicationId) {
        return Optional.ofNullable(entityManager.find(Application.class, applicationId))
                .flatMap(application -> application.getRegistration().getNumber());
    }

    private static void loadCollections(Application application) {
        // The portal reads these after the transaction: load them while it is open.
        application.getDeclaration().getAnswers();
        application.getHousehold();
        application.getIncomes();
        application.getProperty();
        application.getTimeline();
    }

    /**
     * The caseworkers' questions on these applications, with their answers, oldest first, by
     * application id; one query for a whole list. Only for applications the caller has opened.
     */
    public Map<Long, List<InformationRequest>> informationRequests(Collection<Application> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        "SELECT r FROM InformationRequest r WHERE r.application IN :applications ORDER BY r.requestedAt, r.id",
                        InformationRequest.class)
                .setParameter("applications", applications)
                .getResultStream()
                .collect(Collectors.groupingBy(InformationRequest::getApplicationId));
    }
}
