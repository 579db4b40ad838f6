package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.catalog.form.FieldType;
import lv.socialais.catalog.form.FormField;
import lv.socialais.register.RegisterEvidence;

/** The housing benefit (SPSPL art. 35): the GMI level times K plus the month's housing costs, less income. */
@ApplicationScoped
public class HousingBenefitRule implements AssessmentRule {

    @Inject
    private MeansTests meansTests;

    @Inject
    private ReferenceData reference;

    @Override
    public String name() {
        return "HOUSING_BENEFIT";
    }

    @Override
    public Assessment assess(Application application, List<RegisterEvidence> received, LocalDate date) {
        MeansTestResult test = meansTests.of(application, received, date);
        HouseholdKind kind = HouseholdKind.of(application, received, date);
        Threshold gmi = MeansTests.required(reference.threshold(ThresholdKind.GMI, date), "GMI", date);
        BigDecimal k = reference
                .housingCoefficient(kind, date)
                .orElseThrow(
                        () -> new IllegalStateException("no housing coefficient in force on " + date + " for " + kind));
        HousingCosts costs = housingCosts(application, date);
        BenefitAmount amount =
                HousingBenefit.amount(test.householdSize(), gmi, k, costs.monthly(), test.monthlyIncome());
        boolean eligible = test.result() != HouseholdStatusResult.NEITHER && amount.eligible();
        List<String> working = MeansTests.working(test);
        working.addAll(costs.working());
        working.add(
                "K (" + kind + ") = " + k.stripTrailingZeros().toPlainString() + "; housing costs " + costs.monthly());
        working.add("Housing benefit: " + amount.working());
        return new Assessment(
                name(),
                date,
                test.householdSize(),
                kind,
                test,
                eligible ? amount.monthlyAmount() : Money.ZERO,
                eligible,
                eligible
                        ? null
                        : test.result() == HouseholdStatusResult.NEITHER
                                ? "assessment.incomeAboveThreshold"
                                : "assessment.incomeCoversCosts",
                working);
    }

    /** The housing costs the household entered on the form's housing-costs step, as a month's. */
    private HousingCosts housingCosts(Application application, LocalDate date) {
        List<String> moneyFields = application.getForm().getSteps().stream()
                .filter(step -> step.getCode().equals(HousingCosts.STEP))
                .flatMap(step -> step.getFields().stream())
                .filter(field -> field.getType() == FieldType.MONEY)
                .map(FormField::getCode)
                .toList();
        BigDecimal fuelMonths = reference
                .municipalAmount(HousingCosts.SOLID_FUEL_MONTHS, date)
                .orElseThrow(() ->
                        new IllegalStateException("no " + HousingCosts.SOLID_FUEL_MONTHS + " in force on " + date));
        return HousingCosts.of(moneyFields, application.getDeclaration().getAnswers(), fuelMonths);
    }
}
