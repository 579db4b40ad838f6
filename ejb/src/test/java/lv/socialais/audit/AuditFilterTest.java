package lv.socialais.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void daysAreLatvianDaysWithTheLastOneIncluded() {
        // 29 March 2026: clocks in Riga go from +02:00 to +03:00.
        AuditFilter filter =
                new AuditFilter(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), null, null, null, null);

        assertEquals(Instant.parse("2026-03-28T22:00:00Z"), filter.fromInstant().orElseThrow());
        assertEquals(
                Instant.parse("2026-03-29T21:00:00Z"), filter.untilInstant().orElseThrow());
        assertFalse(filter.isBackwards());
        assertTrue(new AuditFilter(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 29), null, null, null, null)
                .isBackwards());
    }

    @Test
    void aPersonalCodeAsPeopleWriteItFindsTheStoredDigitsAndIsRecordedMasked() {
        AuditFilter filter = new AuditFilter(null, null, " 180483-11576 ", "", " ", 7L);

        assertEquals("18048311576", filter.actor());
        assertNull(filter.action());
        assertNull(filter.subjectType());
        assertEquals("actor=180483-***** id=7", filter.describe());
        assertEquals("ilze", new AuditFilter(null, null, "ilze", null, null, null).actor());
        assertEquals("all", AuditFilter.all().describe());
    }

    @Test
    void personalCodesInTextAreMaskedAndOtherNumbersAreNot() {
        assertEquals("180483-*****", PersonalCodes.masked("18048311576"));
        assertEquals(
                "reason: 180483-***** asked, 180483-***** too",
                PersonalCodes.masked("reason: 180483-11576 asked, 18048311576 too"));
        assertEquals("2026/000123 GMI_BENEFIT via ONLINE", PersonalCodes.masked("2026/000123 GMI_BENEFIT via ONLINE"));
        assertEquals(
                "sha256=ab18048311576cd 123456789012", PersonalCodes.masked("sha256=ab18048311576cd 123456789012"));
        assertNull(PersonalCodes.masked(null));
    }
}
