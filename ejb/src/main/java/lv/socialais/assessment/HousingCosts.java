package lv.socialais.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The eligible housing costs a household entered on the form's housing-costs step, as a month's
 * costs. Each money field there is a month's bill, except solid fuel: the form asks for the
 * whole heating season's purchase (firewood, pellets, coal are bought once, before winter),
 * which is spread over SOLID_FUEL_MONTHS months (municipal reference data, 12 as seeded, since
 * one season's fuel heats the household for the year until the next purchase), so that a
 * season's firewood is never counted as one month's cost.
 */
public record HousingCosts(BigDecimal monthly, List<String> working) {

    /** The form step whose money fields are the housing costs. */
    public static final String STEP = "HOUSING_COSTS";
    /** The one field that holds a heating season's total rather than a month's bill. */
    public static final String SEASONAL_FIELD = "solid_fuel_amount";
    /** The municipal amount that says over how many months the season's fuel is spread. */
    public static final String SOLID_FUEL_MONTHS = "SOLID_FUEL_MONTHS";

    /**
     * @param moneyFields the codes of the step's money fields, in the form's order
     * @param answers     the application's answers by field code (decimal comma or point)
     * @param fuelMonths  the months a season's solid fuel is spread over
     */
    public static HousingCosts of(List<String> moneyFields, Map<String, String> answers, BigDecimal fuelMonths) {
        BigDecimal monthly = BigDecimal.ZERO;
        List<String> working = new ArrayList<>();
        for (String field : moneyFields) {
            String value = answers.get(field);
            if (value == null || value.isBlank()) {
                continue;
            }
            BigDecimal entered = Money.of(value.replace(',', '.'));
            if (field.equals(SEASONAL_FIELD)) {
                BigDecimal month = entered.divide(fuelMonths, 2, RoundingMode.HALF_UP);
                working.add("solid fuel for the season " + entered + " / "
                        + fuelMonths.stripTrailingZeros().toPlainString() + " months = " + month + " a month");
                monthly = monthly.add(month);
            } else {
                monthly = monthly.add(entered);
            }
        }
        return new HousingCosts(Money.of(monthly), List.copyOf(working));
    }
}
