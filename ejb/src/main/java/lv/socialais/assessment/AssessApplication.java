package lv.socialais.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
 * Computes what the law and the municipality's rules give an application, from the household's
 * declaration and the register evidence, with the figures in force on the application's date:
 * the rule its type names does the computing (one {@link AssessmentRule} per rule).
 * The caseworker sees the result with its working and decides; the result is then frozen with
 * the decision (see DecisionInput), so later changes of data or rules never change it.
 */
@Stateless
public class AssessApplication {

    @Inject
    private ApplicationQueries applications;

    @Inject
    private Evidence evidence;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<AssessmentRule> rules;

    /** The computation for the application's rule, or empty when its type has no rule. */
    public Optional<Assessment> assess(Long applicationId, Actor actor) {
        Application application =
                applications.open(applicationId, actor).orElseThrow(() -> new ApplicationNotFound(applicationId));
        Optional<String> rule = application.getType().getAssessmentRule();
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = application.getRegistration().getReceivedOn().orElse(Riga.today(clock));
        return Optional.of(named(rule.get()).assess(application, evidence.of(applicationId, actor), date));
    }

    private AssessmentRule named(String name) {
        return rules.stream()
                .filter(rule -> rule.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no assessment rule named " + name));
    }
}
