package lv.socialais.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {

    private final MovableClock clock = new MovableClock();
    private final AttemptWindow window = new AttemptWindow(3, Duration.ofMinutes(1), clock);

    @Test
    void anAddressPastItsLimitWaitsUntilTheWindowMovesOn() {
        assertTrue(window.tryAttempt("10.0.0.1"));
        clock.advance(Duration.ofSeconds(10));
        assertTrue(window.tryAttempt("10.0.0.1"));
        assertTrue(window.tryAttempt("10.0.0.1"));
        assertFalse(window.tryAttempt("10.0.0.1"), "the fourth within the minute");

        clock.advance(Duration.ofSeconds(50));
        assertTrue(window.tryAttempt("10.0.0.1"), "the first attempt has left the window");
        assertFalse(window.tryAttempt("10.0.0.1"), "the other two have not");
    }

    @Test
    void anotherAddressIsNotHeldBack() {
        for (int i = 0; i < 3; i++) {
            window.tryAttempt("10.0.0.1");
        }
        assertFalse(window.tryAttempt("10.0.0.1"));
        assertTrue(window.tryAttempt("10.0.0.2"));
    }

    @Test
    void parallelAttemptsCannotSlipPastTheLimit() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] guessers = new Thread[50];
        for (int i = 0; i < guessers.length; i++) {
            guessers[i] = new Thread(() -> {
                if (window.tryAttempt("10.0.0.9")) {
                    allowed.incrementAndGet();
                }
            });
            guessers[i].start();
        }
        for (Thread guesser : guessers) {
            guesser.join();
        }
        assertEquals(3, allowed.get());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
