package lv.socialais.portal.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import lv.socialais.common.Riga;

/**
 * The product's clock in the container tests: the system clock, moved forward by what a test
 * asks ({@link #moveBy}) until it puts it back ({@link #reset}), so that purges and deadlines
 * are tested without waiting. An alternative of higher priority than the product's producer, in
 * every test deployment.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private volatile Duration offset = Duration.ZERO;

    @Produces
    public Clock clock() {
        return new Moved(Riga.ZONE);
    }

    public void moveBy(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    /** Reads the offset at every tick, so that beans holding the clock see it move. */
    private final class Moved extends Clock {

        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moved(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
