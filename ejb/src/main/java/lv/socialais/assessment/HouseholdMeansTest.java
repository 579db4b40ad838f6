package lv.socialais.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The household's material situation by its income (Cabinet Regulation No. 809): the average
 * monthly income of the whole household over the last three months against the needy and the
 * municipality's low-income threshold for a household of its size. Income exactly at a
 * threshold is within it.
 */
public final class HouseholdMeansTest {

    private HouseholdMeansTest() {}

    public static MeansTestResult assess(
            int householdSize, List<IncomeLine> incomeLines, Threshold needy, Threshold lowIncome) {
        BigDecimal income =
                Money.of(incomeLines.stream().map(IncomeLine::monthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal needyLevel = needy.forHousehold(householdSize);
        BigDecimal lowIncomeLevel = lowIncome.forHousehold(householdSize);
        HouseholdStatusResult result = income.compareTo(needyLevel) <= 0
                ? HouseholdStatusResult.NEEDY
                : income.compareTo(lowIncomeLevel) <= 0
                        ? HouseholdStatusResult.LOW_INCOME
                        : HouseholdStatusResult.NEITHER;
        return new MeansTestResult(
                householdSize, List.copyOf(incomeLines), income, needy, needyLevel, lowIncome, lowIncomeLevel, result);
    }
}
