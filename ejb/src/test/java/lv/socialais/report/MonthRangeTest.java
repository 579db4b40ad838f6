package lv.socialais.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthRangeTest {

    @Test
    void aQuarterIsThreeMonths() {
        MonthRange third = MonthRange.quarter(2024, 3);

        assertEquals(List.of(YearMonth.of(2024, 7), YearMonth.of(2024, 8), YearMonth.of(2024, 9)), third.months());
        assertEquals(LocalDate.of(2024, 7, 1), third.firstDay());
        assertEquals(LocalDate.of(2024, 9, 30), third.lastDay());
    }

    @Test
    void theLastFullQuarterIsTheOneBeforeToday() {
        assertEquals(MonthRange.quarter(2026, 3), MonthRange.lastFullQuarter(LocalDate.of(2026, 11, 23)));
        assertEquals(MonthRange.quarter(2025, 4), MonthRange.lastFullQuarter(LocalDate.of(2026, 1, 1)));
        assertEquals(MonthRange.quarter(2026, 1), MonthRange.lastFullQuarter(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void anyRunOfMonthsAlsoAcrossTheYearEnd() {
        assertEquals(5, MonthRange.of(2025, 1, 5).months().size());
        MonthRange winter = new MonthRange(YearMonth.of(2024, 11), YearMonth.of(2025, 2));
        assertEquals(4, winter.months().size());
        assertFalse(winter.withinOneYear());
    }

    @Test
    void aBackwardOrTooLongRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MonthRange.of(2024, 9, 7));
        assertThrows(
                IllegalArgumentException.class, () -> new MonthRange(YearMonth.of(2020, 1), YearMonth.of(2022, 1)));
        assertThrows(IllegalArgumentException.class, () -> MonthRange.quarter(2024, 5));
    }
}
