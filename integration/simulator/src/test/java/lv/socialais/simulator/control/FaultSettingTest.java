package lv.socialais.simulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultSettingTest {

    @Test
    void aVaryingDelayIsDrawnForEachAnswerBetweenItsBounds() {
        FaultSetting realistic = new FaultSetting(FaultMode.DELAY, 50, 300);
        Set<Long> waits = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            long wait = realistic.waitMillis();
            assertTrue(wait >= 50 && wait <= 300, "within the bounds: " + wait);
            waits.add(wait);
        }
        assertTrue(waits.size() > 100, "drawn afresh, not one figure: " + waits.size() + " different waits");
    }

    @Test
    void aFixedDelayAndTheOtherModesWaitWhatTheySay() {
        assertEquals(3000, new FaultSetting(FaultMode.DELAY, 3000).waitMillis());
        assertEquals(FaultSetting.TIMEOUT_MILLIS, new FaultSetting(FaultMode.TIMEOUT, 0).waitMillis());
        assertEquals(0, FaultSetting.NORMAL.waitMillis());
        assertEquals(0, new FaultSetting(FaultMode.HTTP_503, 0).waitMillis());
    }

    @Test
    void aMaximumBelowTheMinimumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FaultSetting(FaultMode.DELAY, 300, 50));
    }
}
