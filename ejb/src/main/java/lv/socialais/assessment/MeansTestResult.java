package lv.socialais.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The household means test with its working: every income line counted, the household's
 * monthly income, the thresholds used for its size, and the result.
 */
public record MeansTestResult(
        int householdSize,
        List<IncomeLine> incomeLines,
        BigDecimal monthlyIncome,
        Threshold needy,
        BigDecimal needyLevel,
        Threshold lowIncome,
        BigDecimal lowIncomeLevel,
        HouseholdStatusResult result)
        implements Serializable {}
