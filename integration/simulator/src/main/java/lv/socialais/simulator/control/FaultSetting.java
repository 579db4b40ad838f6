package lv.socialais.simulator.control;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A register's current behaviour: the mode and, for DELAY, how long it waits before answering:
 * {@code delayMillis}, or a time drawn afresh for each request between {@code delayMillis} and
 * {@code maxDelayMillis}, as a real register's answer times vary (50–300 ms in the benchmark).
 */
public record FaultSetting(FaultMode mode, long delayMillis, long maxDelayMillis) {

    public static final FaultSetting NORMAL = new FaultSetting(FaultMode.NORMAL, 0);

    /** How long TIMEOUT keeps the caller waiting. */
    public static final long TIMEOUT_MILLIS = 60_000;

    public FaultSetting {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative");
        }
        if (maxDelayMillis < delayMillis) {
            throw new IllegalArgumentException("maxDelayMillis must not be less than delayMillis");
        }
    }

    /** A fixed delay. */
    public FaultSetting(FaultMode mode, long delayMillis) {
        this(mode, delayMillis, delayMillis);
    }

    /** How long to wait before answering this request, in this mode. */
    public long waitMillis() {
        return switch (mode) {
            case DELAY -> delayMillis + ThreadLocalRandom.current().nextLong(maxDelayMillis - delayMillis + 1);
            case TIMEOUT -> TIMEOUT_MILLIS;
            default -> 0;
        };
    }
}
