package lv.socialais.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The law's worked examples for every period of the published thresholds (DOMAIN.md): the
 * figures below are typed from the published table, independently of the migration.
 */
class WorkedExamplesTest {

    private static final String PERIODS = """
            2021-01-01, 2023-06-30, 109.00,  76.00, 272.00, 190.00, 436.00, 305.00
            2023-07-01, 2023-12-31, 125.00,  87.50, 313.00, 219.00, 501.00, 351.00
            2024-01-01, 2024-12-31, 137.00,  96.00, 343.00, 240.00, 549.00, 384.00
            2025-01-01, 2025-12-31, 166.00, 116.00, 377.00, 264.00, 604.00, 423.00
            2026-01-01, 2026-12-31, 187.00, 131.00, 425.00, 298.00, 680.00, 476.00
            """;

    @ParameterizedTest(name = "{0}: family of 2 adults + 2 children without income gets GMI {8}")
    @CsvSource(textBlock = """
            2021-01-01, 2023-06-30, 109.00,  76.00, 272.00, 190.00, 436.00, 305.00, 337.00
            2023-07-01, 2023-12-31, 125.00,  87.50, 313.00, 219.00, 501.00, 351.00, 387.50
            2024-01-01, 2024-12-31, 137.00,  96.00, 343.00, 240.00, 549.00, 384.00, 425.00
            2025-01-01, 2025-12-31, 166.00, 116.00, 377.00, 264.00, 604.00, 423.00, 514.00
            2026-01-01, 2026-12-31, 187.00, 131.00, 425.00, 298.00, 680.00, 476.00, 580.00
            """)
    void familyWithoutIncome(
            LocalDate from,
            LocalDate until,
            BigDecimal gmi1,
            BigDecimal gmiN,
            BigDecimal needy1,
            BigDecimal needyN,
            BigDecimal low1,
            BigDecimal lowN,
            BigDecimal expectedGmi) {
        Threshold gmi = new Threshold(ThresholdKind.GMI, from, until, gmi1, gmiN, "test");
        MeansTestResult test = HouseholdMeansTest.assess(
                4, List.of(), needy(from, until, needy1, needyN), low(from, until, low1, lowN));

        assertEquals(HouseholdStatusResult.NEEDY, test.result());
        assertEquals(Money.ZERO, test.monthlyIncome());
        assertEquals(
                expectedGmi, GmiBenefit.amount(4, test.monthlyIncome(), gmi).monthlyAmount());
    }

    @ParameterizedTest(name = "{0}: a single pensioner exactly at the needy threshold is needy, one cent above is not")
    @CsvSource(textBlock = PERIODS)
    void singlePensionerAtTheThresholds(
            LocalDate from,
            LocalDate until,
            BigDecimal gmi1,
            BigDecimal gmiN,
            BigDecimal needy1,
            BigDecimal needyN,
            BigDecimal low1,
            BigDecimal lowN) {
        Threshold needy = needy(from, until, needy1, needyN);
        Threshold low = low(from, until, low1, lowN);

        assertEquals(HouseholdStatusResult.NEEDY, assess(1, needy1, needy, low));
        assertEquals(HouseholdStatusResult.LOW_INCOME, assess(1, needy1.add(new BigDecimal("0.01")), needy, low));
        assertEquals(HouseholdStatusResult.LOW_INCOME, assess(1, low1, needy, low));
        assertEquals(HouseholdStatusResult.NEITHER, assess(1, low1.add(new BigDecimal("0.01")), needy, low));
    }

    @ParameterizedTest(name = "{0}: a family of four with income at and above the household thresholds")
    @CsvSource(textBlock = PERIODS)
    void familyWithIncome(
            LocalDate from,
            LocalDate until,
            BigDecimal gmi1,
            BigDecimal gmiN,
            BigDecimal needy1,
            BigDecimal needyN,
            BigDecimal low1,
            BigDecimal lowN) {
        Threshold needy = needy(from, until, needy1, needyN);
        Threshold low = low(from, until, low1, lowN);
        BigDecimal needyLevel = needy1.add(needyN.multiply(BigDecimal.valueOf(3)));
        BigDecimal lowLevel = low1.add(lowN.multiply(BigDecimal.valueOf(3)));

        assertEquals(HouseholdStatusResult.NEEDY, assess(4, needyLevel, needy, low));
        assertEquals(HouseholdStatusResult.LOW_INCOME, assess(4, needyLevel.add(new BigDecimal("0.01")), needy, low));
        assertEquals(HouseholdStatusResult.NEITHER, assess(4, lowLevel.add(new BigDecimal("0.01")), needy, low));
    }

    @ParameterizedTest(name = "housing benefit with K = {0}")
    @CsvSource({
        // K, persons, costs, income, expected: 187 (2026) level × K + costs − income
        "2.5, 1, 150.00, 500.00, 117.50", // 187 × 2.5 = 467.50 + 150 − 500
        "2.0, 2, 200.00, 700.00, 136.00", // (187 + 131) × 2 = 636 + 200 − 700
        "1.5, 4, 320.00, 900.00, 290.00", // (187 + 3 × 131) × 1.5 = 870 + 320 − 900
        "1.5, 1, 100.00, 900.00, 0.00", // not eligible: nothing, never a negative amount
    })
    void housingBenefitWithEachCoefficient(
            BigDecimal k, int persons, BigDecimal costs, BigDecimal income, BigDecimal expected) {
        Threshold gmi2026 = new Threshold(
                ThresholdKind.GMI,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                new BigDecimal("187.00"),
                new BigDecimal("131.00"),
                "test");

        BenefitAmount amount = HousingBenefit.amount(persons, gmi2026, k, costs, income);

        assertEquals(expected, amount.monthlyAmount());
    }

    @org.junit.jupiter.api.Test
    void theWorkingShowsTheFormula() {
        Threshold gmi2021 = new Threshold(
                ThresholdKind.GMI,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 6, 30),
                new BigDecimal("109.00"),
                new BigDecimal("76.00"),
                "test");
        assertEquals(
                "(109.00 + 3 × 76.00 = 337.00) − 0.00 = 337.00",
                GmiBenefit.amount(4, Money.ZERO, gmi2021).working());
        assertEquals(new BigDecimal("100.00"), Money.monthlyOfThreeMonths(new BigDecimal("300.00")));
    }

    private static HouseholdStatusResult assess(int persons, BigDecimal monthlyIncome, Threshold needy, Threshold low) {
        return HouseholdMeansTest.assess(
                        persons,
                        List.of(new IncomeLine(
                                "01019012349", IncomeLine.Source.VSAA, "OLD_AGE_PENSION", monthlyIncome)),
                        needy,
                        low)
                .result();
    }

    private static Threshold needy(LocalDate from, LocalDate until, BigDecimal first, BigDecimal other) {
        return new Threshold(ThresholdKind.NEEDY, from, until, first, other, "test");
    }

    private static Threshold low(LocalDate from, LocalDate until, BigDecimal first, BigDecimal other) {
        return new Threshold(ThresholdKind.LOW_INCOME_MAX, from, until, first, other, "test");
    }
}
