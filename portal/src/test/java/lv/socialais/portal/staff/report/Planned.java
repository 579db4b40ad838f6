package lv.socialais.portal.staff.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import lv.socialais.application.Channel;

/** What a report test puts in the database, and from which it counts what the report must say. */
final class Planned {

    static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    private Planned() {}

    /**
     * An application as the test files it: type, channel, the day it was received, its deadline
     * and, when decided, the instant of the decision.
     */
    record Application(String typeCode, Channel channel, LocalDate receivedOn, LocalDate deadline, Instant decidedAt) {

        boolean decided() {
            return decidedAt != null;
        }

        /** The Latvian date of the decision, as the law reads it. */
        LocalDate decidedOn() {
            return decidedAt.atZone(RIGA).toLocalDate();
        }
    }

    /** A status row: a person's needy or low-income status granted by an application (the household). */
    record Status(String personalCode, String kind, LocalDate validFrom, LocalDate validUntil, long applicationId) {}

    static Instant riga(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, RIGA).toInstant();
    }
}
