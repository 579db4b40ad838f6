package lv.socialais.portal.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most so many sign-in attempts per client address in a sliding minute-long window: a
 * guesser is slowed down before the account lockout is reached, and cannot lock out every
 * member of staff in a burst. Kept per node in memory; on a cluster behind a load balancer with
 * sticky sessions each node limits its own share, which still bounds the rate.
 */
final class AttemptWindow {

    /** Bounds the memory an attack from many addresses can take; old windows are dropped past it. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Attempts> byAddress = new ConcurrentHashMap<>();

    AttemptWindow(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt from the address; false once the address has used up its attempts of the window. */
    boolean tryAttempt(String address) {
        Instant now = clock.instant();
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.values().removeIf(attempts -> attempts.expired(now));
        }
        return byAddress.computeIfAbsent(address, any -> new Attempts(limit)).tryAdd(now, window);
    }

    /** The attempts of one address: a ring of their times, the oldest replaced once past the window. */
    private static final class Attempts {
        private final Instant[] times;
        private int next;
        private Instant last = Instant.MIN;

        Attempts(int limit) {
            times = new Instant[limit];
        }

        synchronized boolean tryAdd(Instant now, Duration window) {
            Instant oldest = times[next];
            if (oldest != null && oldest.isAfter(now.minus(window))) {
                return false;
            }
            times[next] = now;
            next = (next + 1) % times.length;
            last = now;
            return true;
        }

        synchronized boolean expired(Instant now) {
            return last.isBefore(now.minus(Duration.ofHours(1)));
        }
    }
}
