package lv.socialais.frontdesk;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.socialais.application.Access;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.person.PersonalCode;
import lv.socialais.register.PopulationRegister;
import lv.socialais.register.QueryContext;
import lv.socialais.register.RegisterUnavailable;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.security.RoleRequired;

/**
 * The front desk finds the walk-in applicant: by personal code in the population register (the
 * clerk is the official on whose behalf it asks), or by name among the people who applied
 * before; with the person's earlier applications. Every look-up is audited.
 */
@Stateless
public class PersonLookup {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Instance<PopulationRegister> population;

    @Inject
    private ApplicationQueries applications;

    @Inject
    private AuditTrail audit;

    /** What is known of a person: the register's answer (empty if unknown or unavailable) and his applications. */
    public Found byPersonalCode(String code, Actor clerk) {
        RoleRequired.require(clerk, Role.FRONT_DESK, Role.SUPERVISOR);
        PersonalCode personalCode = PersonalCode.of(code);
        audit.record(clerk, AuditAction.PERSON_LOOKUP, AuditSubject.PERSON, null, personalCode.masked());
        Optional<PopulationRegister.Person> person = Optional.empty();
        boolean registerAnswered = true;
        if (population.isResolvable()) {
            try {
                person = population
                        .get()
                        .person(
                                personalCode.value(),
                                new QueryContext(
                                        UUID.randomUUID().toString(),
                                        clerk.id(),
                                        null,
                                        "front desk: identify the applicant"));
            } catch (RegisterUnavailable
                    | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
                registerAnswered = false;
            }
        } else {
            registerAnswered = false;
        }
        return new Found(personalCode.value(), person, registerAnswered, applications.concerning(personalCode.value()));
    }

    /**
     * People who applied before whose name contains the text, with their personal codes masked.
     * The text is taken literally: LIKE's wildcards in it ({@code %}, {@code _}) match only themselves.
     */
    public List<Application> byName(String text, Actor clerk) {
        RoleRequired.require(clerk, Role.FRONT_DESK, Role.SUPERVISOR);
        String pattern = "%" + LikePattern.literal(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        audit.record(clerk, AuditAction.PERSON_SEARCH, AuditSubject.PERSON, null, "name search");
        return entityManager
                .createQuery(
                        "SELECT a FROM Application a WHERE a.status <> lv.socialais.application.ApplicationStatus.DRAFT"
                                + " AND LOWER(CONCAT(a.declaration.applicant.firstName, ' ', a.declaration.applicant.lastName)) LIKE :pattern ESCAPE '!'"
                                + " ORDER BY a.declaration.applicant.lastName, a.filing.createdAt DESC",
                        Application.class)
                .setParameter("pattern", pattern)
                .setMaxResults(100)
                .getResultStream()
                .filter(application -> Access.maySee(application, clerk))
                .toList();
    }

    /** A person as the front desk sees him. */
    public record Found(
            String personalCode,
            Optional<PopulationRegister.Person> person,
            boolean registerAnswered,
            List<Application> applications)
            implements java.io.Serializable {}
}
