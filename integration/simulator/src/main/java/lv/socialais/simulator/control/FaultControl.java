package lv.socialais.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * The behaviour of each simulated register, switched at run time through /control so that
 * tests and demonstrations can make a register slow, failing or unavailable. No final methods:
 * the bean is injected through a CDI client proxy.
 */
@ApplicationScoped
public class FaultControl {

    private final Map<Register, FaultSetting> settings = new EnumMap<>(Register.class);

    public FaultControl() {
        for (Register register : Register.values()) {
            settings.put(register, FaultSetting.NORMAL);
        }
    }

    public synchronized FaultSetting settingOf(Register register) {
        return settings.get(register);
    }

    public synchronized void set(Register register, FaultSetting setting) {
        settings.put(register, setting);
    }

    public synchronized void setAll(FaultSetting setting) {
        for (Register register : Register.values()) {
            settings.put(register, setting);
        }
    }

    public synchronized void reset() {
        setAll(FaultSetting.NORMAL);
    }

    /** A copy of every register's setting. */
    public synchronized Map<Register, FaultSetting> snapshot() {
        return new EnumMap<>(settings);
    }
}
