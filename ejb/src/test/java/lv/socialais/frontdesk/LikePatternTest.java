package lv.socialais.frontdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAreTakenLiterally() {
        assertEquals("!_", LikePattern.literal("_"));
        assertEquals("!%!%", LikePattern.literal("%%"));
        assertEquals("a!!b", LikePattern.literal("a!b"));
    }

    @Test
    void aNameIsLeftAsItIs() {
        assertEquals("bērziņš", LikePattern.literal("bērziņš"));
    }
}
