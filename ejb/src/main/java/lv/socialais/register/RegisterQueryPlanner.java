package lv.socialais.register;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationRegistered;
import lv.socialais.catalog.RegisterCheck;

/**
 * Writes the register queries an application needs to the outbox, in the transaction that
 * registers it: the checks of its type for the applicant, and the income and unemployment
 * checks also for every household member.
 */
@Stateless
public class RegisterQueryPlanner {

    private static final Set<String> PER_MEMBER_QUERIES = Set.of("PAYMENTS", "UNEMPLOYED_STATUS");

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public void onRegistered(@Observes ApplicationRegistered event) {
        Application application = event.application();
        String applicant = application.getDeclaration().getApplicant().getPersonalCode();
        for (RegisterCheck check : application.getType().getRegisterChecks()) {
            queue(application, check, applicant, event);
            if (PER_MEMBER_QUERIES.contains(check.getQuery())) {
                application
                        .getHousehold()
                        .forEach(member -> queue(application, check, member.getPersonalCode(), event));
            }
        }
    }

    private void queue(Application application, RegisterCheck check, String subject, ApplicationRegistered event) {
        entityManager.persist(new RegisterQuery(
                application.getId(), check.getRegister(), check.getQuery(), subject, event.registeredAt()));
    }
}
