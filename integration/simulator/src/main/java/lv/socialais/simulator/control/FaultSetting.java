package lv.socialais.simulator.control;

/** A register's current behaviour: the mode, and the delay in milliseconds for DELAY. */
public record FaultSetting(FaultMode mode, long delayMillis) {

    public static final FaultSetting NORMAL = new FaultSetting(FaultMode.NORMAL, 0);

    /** How long TIMEOUT keeps the caller waiting. */
    public static final long TIMEOUT_MILLIS = 60_000;

    public FaultSetting {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative");
        }
    }

    /** How long to wait before answering, in this mode. */
    public long waitMillis() {
        return switch (mode) {
            case DELAY -> delayMillis;
            case TIMEOUT -> TIMEOUT_MILLIS;
            default -> 0;
        };
    }
}
