package lv.socialais.benchmark.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One stretch of the drill (normal load, or a fault and its aftermath) and what the clients saw in it. */
final class Phase {

    private final String name;
    private final Instant started = Instant.now();
    private volatile Instant ended;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    Phase(String name) {
        this.name = name;
    }

    void sent(boolean wasAccepted) {
        sent.incrementAndGet();
        (wasAccepted ? accepted : errors).incrementAndGet();
    }

    void end() {
        ended = Instant.now();
    }

    String name() {
        return name;
    }

    Duration length() {
        return Duration.between(started, ended == null ? Instant.now() : ended);
    }

    long sent() {
        return sent.get();
    }

    long accepted() {
        return accepted.get();
    }

    long errors() {
        return errors.get();
    }
}
