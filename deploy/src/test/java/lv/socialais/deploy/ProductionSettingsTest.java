package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionSettingsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}={1} is refused, naming {0}")
    @CsvSource({
        "RESIDENT_SIGN_IN, development",
        "RESIDENT_SIGN_IN, DEVELOPMENT",
        "DEV_STAFF_USERS, true",
        "REGISTER_SIMULATOR, true",
        "WSS_REQUIRED, false",
        "WSS_TRUSTSTORE, ''",
        "WSS_TRUSTSTORE, /no/such/trust.p12",
        "OIDC_ISSUER, ''",
        "OIDC_CLIENT_SECRET, ''",
        "PUBLIC_URL, ''",
        "PUBLIC_URL, http://portals.example.lv",
        "CLUSTER_MEMBERS, ''"
    })
    void aDevelopmentConvenienceOrAMissingSafeguardIsRefused(String name, String value) throws IOException {
        Map<String, String> settings = production();
        settings.put(name, value);

        StartupFailure failure = assertThrows(StartupFailure.class, () -> ProductionSettings.check(lookup(settings)));

        assertTrue(failure.getMessage().startsWith(name), failure.getMessage());
    }

    @Test
    void aCompleteProductionStartPasses() throws IOException {
        assertDoesNotThrow(() -> ProductionSettings.check(lookup(production())));
    }

    @Test
    void aPortalWithoutResidentSignInNeedsNoEidProvider() throws IOException {
        Map<String, String> settings = production();
        settings.put("RESIDENT_SIGN_IN", "off");
        settings.remove("OIDC_ISSUER");

        assertDoesNotThrow(() -> ProductionSettings.check(lookup(settings)));
    }

    @Test
    void aProductionNodeGetsTheProductionHeap() throws IOException {
        org.junit.jupiter.api.Assertions.assertEquals(
                "-Xmx1g", Settings.load(production()).jvmOptions());
    }

    private Map<String, String> production() throws IOException {
        Path trustStore = Files.createFile(folder.resolve("trust-" + System.nanoTime() + ".p12"));
        Map<String, String> settings = new HashMap<>();
        settings.put("DB_URL", "jdbc:mariadb://db/socialais");
        settings.put("WSS_TRUSTSTORE", trustStore.toString());
        settings.put("PUBLIC_URL", "https://portals.example.lv");
        settings.put("OIDC_ISSUER", "https://eid.example.lv");
        settings.put("OIDC_CLIENT_ID", "socialais");
        settings.put("OIDC_CLIENT_SECRET", "from-the-environment");
        settings.put("CLUSTER_NAME", "socialais");
        settings.put("CLUSTER_MEMBERS", "10.0.0.5:6900,10.0.0.6:6900");
        return settings;
    }

    private static java.util.function.Function<String, Optional<String>> lookup(Map<String, String> settings) {
        return name -> Optional.ofNullable(settings.get(name)).filter(value -> !value.isBlank());
    }
}
