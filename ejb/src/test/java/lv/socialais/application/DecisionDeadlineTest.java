package lv.socialais.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionDeadlineTest {

    @Test
    void aCalendarDeadlineOnAHolidayMovesToTheNextWorkingDay() {
        // 18 November 2026 (Wednesday) is Independence Day.
        assertEquals(LocalDate.of(2026, 11, 19), DecisionDeadline.from(LocalDate.of(2026, 10, 19), 30, false));
        // 5 April 2026 is Easter Sunday and 6 April Easter Monday.
        assertEquals(LocalDate.of(2026, 4, 7), DecisionDeadline.from(LocalDate.of(2026, 3, 6), 30, false));
        // An ordinary Wednesday stays.
        assertEquals(LocalDate.of(2026, 4, 1), DecisionDeadline.from(LocalDate.of(2026, 3, 2), 30, false));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // From Monday 2 Nov 2026: 21 working days, 18 November not counted -> Wednesday 2 December.
        assertEquals(LocalDate.of(2026, 12, 2), DecisionDeadline.from(LocalDate.of(2026, 11, 2), 21, true));
        // From Thursday 17 Dec 2026: 18, 21, 22, 23, 28, 29, 30 Dec, 4, 5, 6 Jan.
        assertEquals(LocalDate.of(2027, 1, 6), DecisionDeadline.from(LocalDate.of(2026, 12, 17), 10, true));
    }

    @Test
    void knowsLatviasMovableHolidays() {
        assertEquals(LocalDate.of(2026, 4, 5), DecisionDeadline.easterSunday(2026));
        assertEquals(LocalDate.of(2025, 4, 20), DecisionDeadline.easterSunday(2025));
        assertTrue(DecisionDeadline.isPublicHoliday(LocalDate.of(2026, 4, 3)), "Good Friday");
        assertTrue(DecisionDeadline.isPublicHoliday(LocalDate.of(2026, 4, 6)), "Easter Monday");
        // 4 May 2025 was a Sunday: Monday 5 May was a day off.
        assertTrue(DecisionDeadline.isPublicHoliday(LocalDate.of(2025, 5, 5)));
        assertFalse(DecisionDeadline.isPublicHoliday(LocalDate.of(2026, 5, 5)), "4 May 2026 is a Monday itself");
    }
}
