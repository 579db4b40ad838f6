package lv.socialais.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time zone of every date and deadline of the product: the social service's, Europe/Riga. */
public final class Riga {

    public static final ZoneId ZONE = ZoneId.of("Europe/Riga");

    private Riga() {}

    /** Today in Riga by the clock given (the product's injectable clock). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
