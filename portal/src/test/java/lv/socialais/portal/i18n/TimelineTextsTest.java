package lv.socialais.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import lv.socialais.application.TimelineEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of timeline event has its text in each of the portal's languages (no "???event.X???"). */
class TimelineTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "messages_ru.properties"})
    void everyTimelineEventHasItsText(String bundle) throws IOException {
        Properties texts = load(bundle);

        List<String> missing = Arrays.stream(TimelineEventType.values())
                .map(type -> "event." + type.name())
                .filter(key -> texts.getProperty(key, "").isBlank())
                .toList();

        assertEquals(List.of(), missing, bundle);
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TimelineTextsTest.class.getResourceAsStream("/lv/socialais/portal/i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
