package lv.socialais.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationNotFound;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.common.Riga;
import lv.socialais.register.Evidence;
import lv.socialais.security.Actor;

/**
 * The period a grant of a status, GMI or housing benefit would cover if decided today: from
 * the decision's day for the months of the rule in force on the application's date, longer for
 * a household of only pensioners or persons with a disability. The caseworker may change it.
 */
@Stateless
public class GrantPeriods {

    @Inject
    private Clock clock;

    @Inject
    private ApplicationQueries applications;

    @Inject
    private Evidence evidence;

    @Inject
    private ReferenceData reference;

    /** The proposed period, or empty for types granted without one. */
    public Optional<Proposal> propose(Long applicationId, Actor actor) {
        Application application =
                applications.open(applicationId, actor).orElseThrow(() -> new ApplicationNotFound(applicationId));
        String rule = application.getType().getAssessmentRule().orElse("");
        boolean status = rule.equals("HOUSEHOLD_MEANS_TEST");
        if (!status && !rule.equals("GMI") && !rule.equals("HOUSING_BENEFIT")) {
            return Optional.empty();
        }
        LocalDate today = Riga.today(clock);
        LocalDate appliedOn = application.getRegistration().getReceivedOn().orElse(today);
        boolean pensioners =
                HouseholdKind.of(application, evidence.of(applicationId, actor), appliedOn) != HouseholdKind.OTHER;
        GrantPeriod period = status ? GrantPeriod.forStatus(pensioners) : GrantPeriod.forBenefit(pensioners);
        return reference
                .grantMonths(period, appliedOn)
                .map(months -> new Proposal(
                        period, months, today, today.plusMonths(months).minusDays(1)));
    }

    /** A proposed period: the rule, its months, and the first and last day. */
    public record Proposal(GrantPeriod rule, int months, LocalDate from, LocalDate until) implements Serializable {}
}
