package lv.socialais.portal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationActions;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.application.DecisionInput;
import lv.socialais.application.DecisionOutcome;
import lv.socialais.application.SubmitApplication;
import lv.socialais.assessment.AssessApplication;
import lv.socialais.assessment.Assessment;
import lv.socialais.assessment.HouseholdKind;
import lv.socialais.assessment.HouseholdStatusResult;
import lv.socialais.assessment.ReferenceData;
import lv.socialais.assessment.Threshold;
import lv.socialais.assessment.ThresholdKind;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.RegisterAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.register.RegisterQueryWorker;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The assessment on real applications: the figures in force on the application's date, the
 * register evidence from the simulator, and decisions that keep the computation they rest on.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String EDGARS = "29017912639"; // no income at all
    private static final String JANIS = "14038512712"; // unemployed with benefit
    private static final String AUSTRA = "08014211279"; // pensioner living alone
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor CASEWORKER = Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE");
    private static final Actor ADMIN = Actor.staff("admins", Role.ADMIN, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .addClasses(AssessmentIT.class, MinimalAnswers.class, TestQueries.class, RegisterAnswers.class);
    }

    @Inject
    private AssessApplication assessment;

    @Inject
    private ReferenceData reference;

    @Inject
    private SubmitApplication submission;

    @Inject
    private ApplicationActions actions;

    @Inject
    private RegisterQueryWorker worker;

    @Inject
    private TestQueries database;

    @ParameterizedTest(name = "{0} on {1}: {2} / {3}")
    @CsvSource({
        "GMI, 2021-01-01, 109.00, 76.00",
        "GMI, 2023-06-30, 109.00, 76.00",
        "GMI, 2023-07-01, 125.00, 87.50",
        "GMI, 2024-05-15, 137.00, 96.00",
        "GMI, 2025-12-31, 166.00, 116.00",
        "GMI, 2026-01-01, 187.00, 131.00",
        "NEEDY, 2022-03-01, 272.00, 190.00",
        "NEEDY, 2023-10-01, 313.00, 219.00",
        "NEEDY, 2024-01-01, 343.00, 240.00",
        "NEEDY, 2025-06-01, 377.00, 264.00",
        "NEEDY, 2026-11-23, 425.00, 298.00",
        "LOW_INCOME_MAX, 2021-06-01, 436.00, 305.00",
        "LOW_INCOME_MAX, 2023-12-31, 501.00, 351.00",
        "LOW_INCOME_MAX, 2024-02-01, 549.00, 384.00",
        "LOW_INCOME_MAX, 2025-02-01, 604.00, 423.00",
        "LOW_INCOME_MAX, 2026-02-01, 680.00, 476.00",
    })
    void theDatabaseHoldsThePublishedThresholdsOfEveryPeriod(
            ThresholdKind kind, LocalDate date, BigDecimal first, BigDecimal other) {
        Threshold threshold = reference.threshold(kind, date).orElseThrow();
        assertEquals(first, threshold.firstPerson());
        assertEquals(other, threshold.otherPerson());
    }

    @Test
    void aHouseholdWithoutIncomeGetsTheGmiOfTheApplicationsYear() {
        Long id = fileGmi(EDGARS, "Edgars", "Kalējs");

        Assessment result = assessment.assess(id, CASEWORKER).orElseThrow();

        assertEquals(HouseholdStatusResult.NEEDY, result.meansTest().result());
        assertTrue(result.eligible());
        assertEquals(new BigDecimal("187.00"), result.amount(), "2026: 187 EUR for one person");
        assertTrue(
                result.working().stream().anyMatch(line -> line.contains("187.00")),
                result.working().toString());
    }

    @Test
    void aDecisionOnA2025ApplicationUses2025Figures() {
        Long id = fileGmi(EDGARS, "Edgars", "Kalējs");
        database.receivedOn(id, LocalDate.of(2025, 6, 2));

        Assessment result = assessment.assess(id, CASEWORKER).orElseThrow();

        assertEquals(LocalDate.of(2025, 6, 2), result.appliedOn());
        assertEquals(new BigDecimal("166.00"), result.amount(), "2025: 166 EUR for one person");
    }

    @Test
    void registeredIncomeAboveTheNeedyThresholdMeansNoGmi() {
        Long id = fileGmi(JANIS, "Jānis", "Bērziņš");

        Assessment result = assessment.assess(id, CASEWORKER).orElseThrow();

        assertTrue(
                result.meansTest().monthlyIncome().compareTo(new BigDecimal("425.00")) > 0,
                result.working().toString());
        assertFalse(result.eligible());
        assertEquals(BigDecimal.ZERO.setScale(2), result.amount());
        assertEquals("assessment.notNeedy", result.reasonKey());
        assertTrue(
                result.meansTest().incomeLines().stream()
                        .anyMatch(line -> line.source().name().equals("VSAA")),
                "the income comes from the register");
    }

    @Test
    void aPensionerLivingAloneGetsHousingBenefitWithKTwoAndAHalf() {
        FormDefinition housing = form("HOUSING_BENEFIT");
        Map<String, String> answers = new HashMap<>(MinimalAnswers.answers(housing, today()));
        answers.put("rent_amount", "120.00");
        answers.put("heating_amount", "95.50");
        Long id = file(housing, AUSTRA, "Austra", "Liepiņa", answers);

        Assessment result = assessment.assess(id, CASEWORKER).orElseThrow();

        assertEquals(HouseholdKind.PENSIONER_OR_DISABLED_ALONE, result.householdKind());
        BigDecimal costs = new BigDecimal("215.50").add(otherCosts(answers));
        BigDecimal expected = new BigDecimal("467.50")
                .add(costs)
                .subtract(result.meansTest().monthlyIncome())
                .max(BigDecimal.ZERO)
                .setScale(2);
        assertEquals(expected, result.amount(), result.working().toString());
    }

    @Test
    void aHeatingSeasonsSolidFuelCountsAsATwelfthOfItInTheMonthsCosts() {
        FormDefinition housing = form("HOUSING_BENEFIT");
        Map<String, String> answers = new HashMap<>(MinimalAnswers.answers(housing, today()));
        answers.put("rent_amount", "120.00");
        answers.put("heating_amount", "95.50");
        answers.put("solid_fuel_amount", "840,00");
        Long id = file(housing, AUSTRA, "Austra", "Liepiņa", answers);

        Assessment result = assessment.assess(id, CASEWORKER).orElseThrow();

        BigDecimal costs = new BigDecimal("285.50").add(otherCosts(answers)); // 120.00 + 95.50 + 840.00 / 12
        BigDecimal expected = new BigDecimal("467.50")
                .add(costs)
                .subtract(result.meansTest().monthlyIncome())
                .max(BigDecimal.ZERO)
                .setScale(2);
        assertEquals(expected, result.amount(), result.working().toString());
        assertTrue(
                result.working().contains("solid fuel for the season 840.00 / 12 months = 70.00 a month"),
                result.working().toString());
    }

    @Test
    void theComputationIsFrozenWithTheDecisionWhenTheRulesChangeLater() {
        Long id = fileGmi(EDGARS, "Edgars", "Kalējs");
        database.receivedOn(id, LocalDate.of(2027, 1, 5));
        reference.addThreshold(
                ThresholdKind.GMI,
                LocalDate.of(2027, 1, 1),
                new BigDecimal("200.00"),
                new BigDecimal("140.00"),
                "test: a later year's figures",
                ADMIN);
        reference.addThreshold(
                ThresholdKind.NEEDY,
                LocalDate.of(2027, 1, 1),
                new BigDecimal("450.00"),
                new BigDecimal("315.00"),
                "test: a later year's figures",
                ADMIN);
        reference.addThreshold(
                ThresholdKind.LOW_INCOME_MAX,
                LocalDate.of(2027, 1, 1),
                new BigDecimal("720.00"),
                new BigDecimal("504.00"),
                "test: a later year's figures",
                ADMIN);
        Assessment before = assessment.assess(id, CASEWORKER).orElseThrow();
        assertEquals(new BigDecimal("200.00"), before.amount(), "the period in force on the application's date");
        actions.assign(id, "ilze", CASEWORKER);
        actions.decide(
                id,
                new DecisionInput(
                        DecisionOutcome.GRANTED,
                        before.amount(),
                        null,
                        null,
                        "SPSPL 33. pants",
                        "Trūcīga.",
                        before.toJson(),
                        before.amount(),
                        null),
                CASEWORKER,
                LATVIAN);

        reference.addThreshold(
                ThresholdKind.GMI,
                LocalDate.of(2027, 1, 3),
                new BigDecimal("210.00"),
                new BigDecimal("150.00"),
                "test: corrected figures from 3 January",
                ADMIN);

        assertEquals(
                new BigDecimal("210.00"),
                assessment.assess(id, CASEWORKER).orElseThrow().amount(),
                "a new computation sees the change");
        lv.socialais.application.Decision decision =
                database.application(id).getDecision().orElseThrow();
        assertEquals(new BigDecimal("200.00"), decision.getAmount());
        assertEquals(before.toJson(), decision.getAssessment(), "the decision keeps what it was computed with");
    }

    private BigDecimal otherCosts(Map<String, String> answers) {
        return answers.entrySet().stream()
                .filter(e -> e.getKey().endsWith("_amount")
                        && !List.of("rent_amount", "heating_amount", "solid_fuel_amount")
                                .contains(e.getKey()))
                .map(e -> new BigDecimal(e.getValue().replace(',', '.')))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Long fileGmi(String code, String firstName, String lastName) {
        FormDefinition gmi = form("GMI_BENEFIT");
        return file(gmi, code, firstName, lastName, MinimalAnswers.answers(gmi, today()));
    }

    private Long file(
            FormDefinition form, String code, String firstName, String lastName, Map<String, String> answers) {
        ApplicationInput input = new ApplicationInput(
                form.getApplicationType().getCode(),
                Channel.ONLINE,
                null,
                new ApplicantInput(code, firstName, lastName, null, null),
                answers,
                List.of(),
                List.of(),
                true,
                List.of(),
                true,
                false);
        Long id = submission.submit(input, null, Actor.resident(code), LATVIAN).applicationId();
        awaitEvidence(id);
        return id;
    }

    private void awaitEvidence(Long applicationId) {
        RegisterAnswers.await(applicationId, worker, database, Duration.ofSeconds(60));
    }

    private FormDefinition form(String typeCode) {
        return database.currentForms().stream()
                .filter(f -> f.getApplicationType().getCode().equals(typeCode))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Riga"));
    }
}
