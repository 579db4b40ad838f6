package lv.socialais.assessment;

import java.math.BigDecimal;

/**
 * The guaranteed minimum income benefit (SPSPL art. 33): the household's GMI level, first
 * person plus each other person, less the household's monthly income; nothing if negative.
 * Example at 2021 levels, 2 adults and 2 children without income: 109 + 3 × 76 = 337 EUR.
 */
public final class GmiBenefit {

    private GmiBenefit() {}

    public static BenefitAmount amount(int householdSize, BigDecimal monthlyIncome, Threshold gmi) {
        BigDecimal level = gmi.forHousehold(householdSize);
        BigDecimal amount = Money.positivePart(level.subtract(monthlyIncome));
        return new BenefitAmount(
                amount, "(" + gmi.working(householdSize) + ") − " + Money.of(monthlyIncome) + " = " + amount);
    }
}
