package lv.socialais.assessment;

import java.time.Clock;
import lv.socialais.common.Riga;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationNotFound;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.HouseholdMember;
import lv.socialais.application.Relation;
import lv.socialais.catalog.form.FieldType;
import lv.socialais.catalog.form.FormField;
import lv.socialais.person.PersonalCode;
import lv.socialais.register.Evidence;
import lv.socialais.register.RegisterEvidence;
import lv.socialais.security.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computes what the law and the municipality's rules give an application, from the household's
 * declaration and the register evidence, with the figures in force on the application's date.
 * The caseworker sees the result with its working and decides; the result is then frozen with
 * the decision (see DecisionInput), so later changes of data or rules never change it.
 */
@Stateless
public class AssessApplication {

    @Inject
    private Clock clock;

    @Inject
    private ApplicationQueries applications;

    @Inject
    private Evidence evidence;

    @Inject
    private ReferenceData reference;

    @Inject
    @ConfigProperty(name = "MUNICIPALITY_CODE", defaultValue = "0900000")
    private String municipalityCode;

    /** The computation for the application's rule, or empty when its type has no rule. */
    public Optional<Assessment> assess(Long applicationId, Actor actor) {
        Application application = applications.open(applicationId, actor).orElseThrow(() -> new ApplicationNotFound(applicationId));
        Optional<String> rule = application.getType().getAssessmentRule();
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = application.getReceivedOn().orElse(Riga.today(clock));
        List<RegisterEvidence> received = evidence.of(applicationId, actor);
        return Optional.of(switch (rule.get()) {
            case "HOUSEHOLD_MEANS_TEST" -> status(application, received, date);
            case "GMI" -> gmi(application, received, date);
            case "HOUSING_BENEFIT" -> housing(application, received, date);
            case "FIXED_AMOUNT" -> fixedAmount(application, date);
            case "JUBILEE_AGE" -> jubilee(application, date);
            case "HOME_CARE_LEVEL" -> homeCare(application, received, date);
            default -> throw new IllegalStateException("no assessment rule named " + rule.get());
        });
    }

    private Assessment status(Application application, List<RegisterEvidence> received, LocalDate date) {
        MeansTestResult test = meansTest(application, received, date);
        boolean needyType = application.getType().getCode().startsWith("NEEDY");
        boolean eligible = needyType ? test.result() == HouseholdStatusResult.NEEDY : test.result() != HouseholdStatusResult.NEITHER;
        return new Assessment("HOUSEHOLD_MEANS_TEST", date, test.householdSize(), null, test, null, eligible,
                eligible ? null : "assessment.incomeAboveThreshold", working(test));
    }

    private Assessment gmi(Application application, List<RegisterEvidence> received, LocalDate date) {
        MeansTestResult test = meansTest(application, received, date);
        Threshold gmi = required(reference.threshold(ThresholdKind.GMI, date), "GMI", date);
        BenefitAmount amount = GmiBenefit.amount(test.householdSize(), test.monthlyIncome(), gmi);
        boolean eligible = test.result() == HouseholdStatusResult.NEEDY && amount.eligible();
        List<String> working = working(test);
        working.add("GMI: " + amount.working());
        return new Assessment("GMI", date, test.householdSize(), null, test, eligible ? amount.monthlyAmount() : Money.ZERO,
                eligible, eligible ? null : "assessment.notNeedy", working);
    }

    private Assessment housing(Application application, List<RegisterEvidence> received, LocalDate date) {
        MeansTestResult test = meansTest(application, received, date);
        HouseholdKind kind = householdKind(application, received, date);
        Threshold gmi = required(reference.threshold(ThresholdKind.GMI, date), "GMI", date);
        BigDecimal k = reference.housingCoefficient(kind, date).orElseThrow(() ->
                new IllegalStateException("no housing coefficient in force on " + date + " for " + kind));
        HousingCosts costs = housingCosts(application, date);
        BenefitAmount amount = HousingBenefit.amount(test.householdSize(), gmi, k, costs.monthly(), test.monthlyIncome());
        boolean eligible = test.result() != HouseholdStatusResult.NEITHER && amount.eligible();
        List<String> working = working(test);
        working.addAll(costs.working());
        working.add("K (" + kind + ") = " + k.stripTrailingZeros().toPlainString() + "; housing costs " + costs.monthly());
        working.add("Housing benefit: " + amount.working());
        return new Assessment("HOUSING_BENEFIT", date, test.householdSize(), kind, test,
                eligible ? amount.monthlyAmount() : Money.ZERO, eligible,
                eligible ? null : test.result() == HouseholdStatusResult.NEITHER ? "assessment.incomeAboveThreshold"
                        : "assessment.incomeCoversCosts", working);
    }

    private Assessment fixedAmount(Application application, LocalDate date) {
        // The amount in force on the application's date; the type's own amount where none is dated.
        BigDecimal amount = reference.municipalAmount(ReferenceDataAdministration.catalogueAmountCode(application.getType().getCode()), date)
                .or(() -> application.getType().getFixedAmount()).map(Money::of).orElse(null);
        return new Assessment("FIXED_AMOUNT", date, 1, null, null, amount, amount != null,
                amount == null ? "assessment.noAmount" : null, List.of("Municipal amount: " + amount));
    }

    private Assessment jubilee(Application application, LocalDate date) {
        Optional<LocalDate> born = PersonalCode.of(application.getApplicant().getPersonalCode()).birthDate();
        if (born.isEmpty()) {
            return new Assessment("JUBILEE_AGE", date, 1, null, null, Money.ZERO, false, "assessment.ageUnknown", List.of());
        }
        int age = Period.between(born.get(), date).getYears();
        String code = age >= 100 ? "JUBILEE_100_PLUS" : age == 80 || age == 90 ? "JUBILEE_80_90" : null;
        BigDecimal amount = code == null ? Money.ZERO : reference.municipalAmount(code, date).map(Money::of).orElse(Money.ZERO);
        return new Assessment("JUBILEE_AGE", date, 1, null, null, amount, code != null,
                code == null ? "assessment.notJubileeAge" : null, List.of("Age on " + date + ": " + age));
    }

    private Assessment homeCare(Application application, List<RegisterEvidence> received, LocalDate date) {
        String level = application.getAnswers().getOrDefault("preferred_care_level", "LEVEL_1");
        BigDecimal hours = reference.municipalAmount("HOME_CARE_" + level + "_HOURS", date).orElse(BigDecimal.ZERO);
        BigDecimal fee = reference.municipalAmount("HOME_CARE_HOURLY_FEE", date).orElse(BigDecimal.ZERO);
        MeansTestResult test = meansTest(application, received, date);
        boolean free = test.result() == HouseholdStatusResult.NEEDY;
        BigDecimal monthly = free ? Money.ZERO : Money.of(hours.multiply(fee));
        List<String> working = working(test);
        working.add(level + ": " + hours.stripTrailingZeros().toPlainString() + " h a month × " + Money.of(fee)
                + " EUR = " + Money.of(hours.multiply(fee)) + (free ? "; free for a needy household" : ""));
        return new Assessment("HOME_CARE_LEVEL", date, test.householdSize(), null, test, monthly, true, null, working);
    }

    private MeansTestResult meansTest(Application application, List<RegisterEvidence> received, LocalDate date) {
        int size = 1 + application.getHousehold().size();
        Threshold needy = required(reference.threshold(ThresholdKind.NEEDY, date), "NEEDY", date);
        Threshold lowIncome = required(reference.lowIncomeThreshold(municipalityCode, date), "LOW_INCOME", date);
        return HouseholdMeansTest.assess(size, HouseholdIncome.lines(application, received), needy, lowIncome);
    }

    static HouseholdKind householdKind(Application application, List<RegisterEvidence> received, LocalDate date) {
        boolean applicant = HouseholdIncome.pensionerOrDisabled(application.getApplicant().getPersonalCode(), received);
        if (application.getHousehold().isEmpty()) {
            return applicant ? HouseholdKind.PENSIONER_OR_DISABLED_ALONE : HouseholdKind.OTHER;
        }
        boolean allAdults = applicant && application.getHousehold().stream()
                .filter(member -> !isChild(member, date))
                .allMatch(member -> HouseholdIncome.pensionerOrDisabled(member.getPersonalCode(), received));
        return allAdults ? HouseholdKind.PENSIONERS_OR_DISABLED_ONLY : HouseholdKind.OTHER;
    }

    private static boolean isChild(HouseholdMember member, LocalDate date) {
        return member.getRelation() == Relation.CHILD && PersonalCode.isValid(member.getPersonalCode())
                && PersonalCode.of(member.getPersonalCode()).birthDate().map(born -> Period.between(born, date).getYears() < 18)
                .orElse(true);
    }

    /** The housing costs the household entered on the form's housing-costs step, as a month's. */
    private HousingCosts housingCosts(Application application, LocalDate date) {
        List<String> moneyFields = application.getForm().getSteps().stream()
                .filter(step -> step.getCode().equals(HousingCosts.STEP))
                .flatMap(step -> step.getFields().stream())
                .filter(field -> field.getType() == FieldType.MONEY)
                .map(FormField::getCode)
                .toList();
        BigDecimal fuelMonths = reference.municipalAmount(HousingCosts.SOLID_FUEL_MONTHS, date).orElseThrow(() ->
                new IllegalStateException("no " + HousingCosts.SOLID_FUEL_MONTHS + " in force on " + date));
        return HousingCosts.of(moneyFields, application.getAnswers(), fuelMonths);
    }

    private static List<String> working(MeansTestResult test) {
        List<String> working = new ArrayList<>();
        test.incomeLines().forEach(line -> working.add(line.source() + " " + line.type() + " "
                + line.personalCode().substring(0, 6) + "-*****: " + line.monthlyAmount() + " EUR a month"));
        working.add("Household income " + test.monthlyIncome() + " EUR a month; needy threshold "
                + test.needy().working(test.householdSize()) + "; low-income threshold " + test.lowIncome().working(test.householdSize())
                + " → " + test.result());
        return working;
    }

    private static Threshold required(Optional<Threshold> threshold, String kind, LocalDate date) {
        return threshold.orElseThrow(() -> new IllegalStateException("no " + kind + " threshold in force on " + date));
    }
}
