package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theEmbeddedRunsServerGetsTheSmallHeapUnlessTheOperatorSaysOtherwise() {
        assertEquals("-Xmx512m -XX:+UseSerialGC", Settings.load(Map.of()).jvmOptions());
        assertEquals(
                "-Xmx2g", Settings.load(Map.of("PAYARA_JVM_OPTIONS", "-Xmx2g")).jvmOptions());
    }
}
