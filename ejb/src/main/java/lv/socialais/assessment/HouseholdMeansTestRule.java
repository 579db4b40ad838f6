package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.register.RegisterEvidence;

/** The needy or low-income household status (SPSPL art. 33): the means test alone. */
@ApplicationScoped
public class HouseholdMeansTestRule implements AssessmentRule {

    @Inject
    private MeansTests meansTests;

    @Override
    public String name() {
        return "HOUSEHOLD_MEANS_TEST";
    }

    @Override
    public Assessment assess(Application application, List<RegisterEvidence> received, LocalDate date) {
        MeansTestResult test = meansTests.of(application, received, date);
        boolean needyType = application.getType().getCode().startsWith("NEEDY");
        boolean eligible = needyType
                ? test.result() == HouseholdStatusResult.NEEDY
                : test.result() != HouseholdStatusResult.NEITHER;
        return new Assessment(
                name(),
                date,
                test.householdSize(),
                null,
                test,
                null,
                eligible,
                eligible ? null : "assessment.incomeAboveThreshold",
                MeansTests.working(test));
    }
}
