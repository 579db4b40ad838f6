package lv.socialais.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HousingCostsTest {

    private static final List<String> FIELDS = List.of("rent_amount", "heating_amount", "solid_fuel_amount");

    @Test
    void aSeasonsFirewoodIsSpreadOverTheMonthsAndTheMonthlyBillsAreTakenAsTheyAre() {
        HousingCosts costs = HousingCosts.of(
                FIELDS,
                Map.of("rent_amount", "120,00", "heating_amount", "35.50", "solid_fuel_amount", "840,00"),
                new BigDecimal("12"));

        assertEquals(new BigDecimal("225.50"), costs.monthly(), "120.00 + 35.50 + 840.00 / 12");
        assertEquals(List.of("solid fuel for the season 840.00 / 12 months = 70.00 a month"), costs.working());
    }

    @Test
    void withoutSolidFuelTheWorkingHasNoLineForIt() {
        HousingCosts costs =
                HousingCosts.of(FIELDS, Map.of("rent_amount", "99.99", "solid_fuel_amount", " "), BigDecimal.TEN);

        assertEquals(new BigDecimal("99.99"), costs.monthly());
        assertTrue(costs.working().isEmpty());
    }

    @Test
    void aSpreadMonthIsRoundedHalfUpToCents() {
        assertEquals(
                new BigDecimal("83.33"),
                HousingCosts.of(FIELDS, Map.of("solid_fuel_amount", "1000"), new BigDecimal("12"))
                        .monthly());
    }
}
