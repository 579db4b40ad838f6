package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.register.RegisterEvidence;

/** The guaranteed minimum income benefit: a needy household's gap to the GMI level. */
@ApplicationScoped
public class GmiRule implements AssessmentRule {

    @Inject
    private MeansTests meansTests;

    @Inject
    private ReferenceData reference;

    @Override
    public String name() {
        return "GMI";
    }

    @Override
    public Assessment assess(Application application, List<RegisterEvidence> received, LocalDate date) {
        MeansTestResult test = meansTests.of(application, received, date);
        Threshold gmi = MeansTests.required(reference.threshold(ThresholdKind.GMI, date), "GMI", date);
        BenefitAmount amount = GmiBenefit.amount(test.householdSize(), test.monthlyIncome(), gmi);
        boolean eligible = test.result() == HouseholdStatusResult.NEEDY && amount.eligible();
        List<String> working = MeansTests.working(test);
        working.add("GMI: " + amount.working());
        return new Assessment(
                name(),
                date,
                test.householdSize(),
                null,
                test,
                eligible ? amount.monthlyAmount() : Money.ZERO,
                eligible,
                eligible ? null : "assessment.notNeedy",
                working);
    }
}
