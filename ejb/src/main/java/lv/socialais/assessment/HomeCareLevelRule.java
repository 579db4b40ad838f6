package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.register.RegisterEvidence;

/** Home care: the chosen level's hours a month at the hourly fee, free for a needy household. */
@ApplicationScoped
public class HomeCareLevelRule implements AssessmentRule {

    @Inject
    private MeansTests meansTests;

    @Inject
    private ReferenceData reference;

    @Override
    public String name() {
        return "HOME_CARE_LEVEL";
    }

    @Override
    public Assessment assess(Application application, List<RegisterEvidence> received, LocalDate date) {
        String level = application.getDeclaration().getAnswers().getOrDefault("preferred_care_level", "LEVEL_1");
        BigDecimal hours =
                reference.municipalAmount("HOME_CARE_" + level + "_HOURS", date).orElse(BigDecimal.ZERO);
        BigDecimal fee = reference.municipalAmount("HOME_CARE_HOURLY_FEE", date).orElse(BigDecimal.ZERO);
        MeansTestResult test = meansTests.of(application, received, date);
        boolean free = test.result() == HouseholdStatusResult.NEEDY;
        BigDecimal monthly = free ? Money.ZERO : Money.of(hours.multiply(fee));
        List<String> working = MeansTests.working(test);
        working.add(level + ": " + hours.stripTrailingZeros().toPlainString() + " h a month × " + Money.of(fee)
                + " EUR = " + Money.of(hours.multiply(fee)) + (free ? "; free for a needy household" : ""));
        return new Assessment(name(), date, test.householdSize(), null, test, monthly, true, null, working);
    }
}
