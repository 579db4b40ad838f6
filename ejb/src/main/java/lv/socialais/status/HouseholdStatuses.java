package lv.socialais.status;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationDecided;
import lv.socialais.application.Decision;
import lv.socialais.application.DecisionOutcome;

/**
 * The needy and low-income statuses the service has granted: recorded for every member of the
 * household when a status application is granted, and asked about by registers.
 */
@Stateless
public class HouseholdStatuses {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** Records the status a decided application grants, if it is a granted status application with a period. */
    public void onDecided(@Observes ApplicationDecided event) {
        Application application = event.application();
        Instant now = event.decidedAt();
        Optional<HouseholdStatusKind> kind =
                HouseholdStatusKind.grantedBy(application.getType().getCode());
        Optional<Decision> decision = application.getDecision();
        if (kind.isEmpty()
                || decision.isEmpty()
                || decision.get().getOutcome() == DecisionOutcome.REFUSED
                || decision.get().getPeriodFrom() == null
                || decision.get().getPeriodTo() == null) {
            return;
        }
        record(
                application.getDeclaration().getApplicant().getPersonalCode(),
                kind.get(),
                decision.get(),
                application.getId(),
                now);
        application
                .getHousehold()
                .forEach(member ->
                        record(member.getPersonalCode(), kind.get(), decision.get(), application.getId(), now));
    }

    private void record(
            String personalCode, HouseholdStatusKind kind, Decision decision, Long applicationId, Instant now) {
        entityManager.persist(new HouseholdStatus(
                personalCode, kind, decision.getPeriodFrom(), decision.getPeriodTo(), applicationId, now));
    }

    /** The status valid for the person on the date; NEEDY when both are. */
    public Optional<HouseholdStatus> on(String personalCode, LocalDate date) {
        return entityManager
                .createQuery(
                        "SELECT s FROM HouseholdStatus s WHERE s.personalCode = :code"
                                + " AND s.validFrom <= :date AND s.validUntil >= :date",
                        HouseholdStatus.class)
                .setParameter("code", personalCode)
                .setParameter("date", date)
                .getResultStream()
                .min(Comparator.comparing(HouseholdStatus::getStatus)
                        .thenComparing(HouseholdStatus::getValidUntil, Comparator.reverseOrder()));
    }
}
