package lv.socialais.assessment;

import java.math.BigDecimal;

/**
 * The housing benefit (SPSPL art. 35): the household's GMI level times the coefficient K for
 * its kind, plus its eligible housing costs within the norms, less its monthly income;
 * nothing if negative.
 */
public final class HousingBenefit {

    private HousingBenefit() {}

    public static BenefitAmount amount(
            int householdSize, Threshold gmi, BigDecimal k, BigDecimal eligibleCosts, BigDecimal monthlyIncome) {
        BigDecimal gmiLevel = gmi.forHousehold(householdSize);
        BigDecimal base = Money.of(gmiLevel.multiply(k));
        BigDecimal amount = Money.positivePart(base.add(eligibleCosts).subtract(monthlyIncome));
        return new BenefitAmount(
                amount,
                gmiLevel + " × " + k.stripTrailingZeros().toPlainString() + " + " + Money.of(eligibleCosts) + " − "
                        + Money.of(monthlyIncome) + " = " + amount);
    }
}
