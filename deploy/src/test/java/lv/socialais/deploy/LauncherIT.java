package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run command as a user meets it: the launcher jar in its own process, with the embedded
 * MariaDB and Payara Micro, on ports of its own so that a running product does not disturb it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final int HTTP_PORT = 18080;
    private static final int DB_PORT = 33307;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dataDir = Path.of(System.getProperty("launcher.dataDir"));

    @Test
    @Order(1)
    void startsTheProductServesTheCatalogueAndStopsEverything() throws Exception {
        Launched launched = launch(Map.of());
        try {
            launched.awaitOutput("is ready: http://localhost:" + HTTP_PORT + "/");

            HttpResponse<String> home = get("/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Ko var pieprasīt"), "the Latvian home page");
            assertTrue(home.body().contains("Trūcīgas mājsaimniecības statuss"), "the catalogue from the database");
            assertTrue(get("/health").body().contains("\"UP\""));
            assertEquals(200, get("/metrics").statusCode());
            assertEquals(200, get("/simulator/").statusCode());
            assertTrue(
                    get("/signin/index.xhtml").body().contains("Jānis Bērziņš"),
                    "the embedded run offers the development sign-in with the fixture persons");
            assertTrue(launched.output().contains("migrations applied now"));
        } finally {
            launched.stop();
        }
        launched.assertNothingLeftRunning();
    }

    @Test
    @Order(2)
    void aSecondStartFindsTheDataOfTheFirst() throws Exception {
        Launched launched = launch(Map.of());
        try {
            launched.awaitOutput("is ready");
            assertTrue(
                    launched.output().contains("(0 migrations applied now)"),
                    "the schema made by the first start is still there");
            assertEquals(200, get("/").statusCode());
        } finally {
            launched.stop();
        }
        launched.assertNothingLeftRunning();
    }

    @Test
    @Order(3)
    void aPortInUseStopsTheStartWithOneLineNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(HTTP_PORT));
            Launched launched = launch(Map.of());

            assertEquals(2, launched.awaitExit());
            assertTrue(
                    launched.output()
                            .contains("Cannot start Sociālais portāls: port " + HTTP_PORT
                                    + " is already in use; set HTTP_PORT to a free port"),
                    launched.output());
            launched.assertNothingLeftRunning();
        }
    }

    @Test
    @Order(4)
    void anUnreachableExternalDatabaseStopsTheStartNamingDbUrl() throws Exception {
        Map<String, String> environment = production();
        environment.put("DB_URL", "jdbc:mariadb://localhost:1/socialais?connectTimeout=2000");
        Launched launched = launch(environment);

        assertEquals(2, launched.awaitExit());
        String output = launched.output();
        assertTrue(output.contains("cannot be reached"), output);
        assertTrue(output.contains("check DB_URL, DB_USER and DB_PASSWORD"), output);
        assertFalse(output.contains("not-used"), "the password is never printed");
        assertFalse(output.contains("not-printed"), "nor the eID client secret");
        assertFalse(output.contains("Starting the embedded MariaDB"), "no embedded database with DB_URL set");
        launched.assertNothingLeftRunning();
    }

    @ParameterizedTest(name = "DB_URL with {0}={1} is refused")
    @Order(5)
    @CsvSource({
        "RESIDENT_SIGN_IN, development",
        "DEV_STAFF_USERS, true",
        "REGISTER_SIMULATOR, true",
        "WSS_TRUSTSTORE, ''",
        "PUBLIC_URL, http://portals.example.lv"
    })
    void aProductionStartWithADevelopmentConvenienceRefusesToStartNamingTheSetting(String name, String value)
            throws Exception {
        Map<String, String> environment = production();
        environment.put(name, value);
        Launched launched = launch(environment);

        assertEquals(2, launched.awaitExit());
        String output = launched.output().strip();
        assertTrue(output.startsWith("Cannot start Sociālais portāls: " + name), output);
        assertEquals(1, output.lines().count(), "one line: " + output);
        launched.assertNothingLeftRunning();
    }

    @Test
    @Order(6)
    void aDeploymentFailureStopsTheStartAtOnceWithItsCause() throws Exception {
        Instant started = Instant.now();
        // A trust store named but empty: the portal's SOAP services cannot start without one.
        Launched launched = launch(Map.of("WSS_TRUSTSTORE", " ", "STARTUP_TIMEOUT_SECONDS", "600"));

        assertEquals(2, launched.awaitExit());
        String output = launched.output();
        assertTrue(
                output.contains("Cannot start Sociālais portāls: the portal failed to deploy: WS-Security is required"
                        + " but WSS_TRUSTSTORE is not set"),
                output);
        assertTrue(
                Duration.between(started, Instant.now()).toSeconds() < 180,
                "stopped at the failure, not after STARTUP_TIMEOUT_SECONDS");
        launched.assertNothingLeftRunning();
    }

    /** What a production start sets: an external database, the SOAP trust store and the eID provider. */
    private static Map<String, String> production() {
        return new java.util.HashMap<>(Map.of(
                "DB_URL",
                "jdbc:mariadb://localhost:1/socialais",
                "DB_PASSWORD",
                "not-used",
                "WSS_TRUSTSTORE",
                System.getProperty("launcher.trustStore"),
                "PUBLIC_URL",
                "https://portals.example.lv",
                "OIDC_ISSUER",
                "https://eid.example.lv",
                "OIDC_CLIENT_ID",
                "socialais",
                "OIDC_CLIENT_SECRET",
                "not-printed"));
    }

    private Launched launch(Map<String, String> extraEnvironment) throws IOException {
        return Launched.start(HTTP_PORT, DB_PORT, dataDir, extraEnvironment);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
