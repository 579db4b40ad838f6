package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product as a local cluster (NODES=2): two Payara Micro nodes in one Hazelcast cluster
 * behind HAProxy, one embedded MariaDB migrated once. A signed-in resident whose node is killed
 * (kill -9) goes on, signed in, on the other node: his session was replicated.
 */
class ClusterIT {

    private static final int HTTP_PORT = 18180;
    private static final int DB_PORT = 33317;
    private static final String RESIDENT = "150588-16072";
    /** The heading of "My applications", which only a signed-in resident is shown. */
    private static final String MY_APPLICATIONS = "<h1>Mani iesniegumi</h1>";

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Path dataDir = Path.of(System.getProperty("launcher.dataDir") + "-cluster");

    @Test
    void aSignedInResidentGoesOnWhenHisNodeIsKilled() throws Exception {
        Launched launched = Launched.start(HTTP_PORT, DB_PORT, dataDir, Map.of("NODES", "2", "CLUSTER_PORT", "15900"));
        try {
            launched.awaitOutput("is ready: http://localhost:" + HTTP_PORT + "/");
            String output = launched.output();
            int nodesStart = output.indexOf("Starting Payara Micro");
            String nodes = output.substring(nodesStart);
            assertTrue(
                    output.substring(0, nodesStart).contains("migrations applied now"), "the launcher migrates first");
            assertEquals(
                    2,
                    occurrences(nodes, "(0 migrations applied now)"),
                    "the launcher migrated the schema before the nodes; each node finds nothing to do:\n" + output);
            assertEquals(2, occurrences(nodes, "migrations applied now"), "and no node migrates anything");
            assertTrue(output.contains("DG Name: socialais-local-" + HTTP_PORT + " DG Size: 2"), "one cluster of two");
            assertEquals(Set.of("node-1", "node-2"), nodesAnsweringFreshVisitors(), "the balancer uses both");

            Visitor resident = new Visitor();
            resident.signIn(RESIDENT);
            HttpResponse<String> mine = resident.get("/resident/applications.xhtml");
            assertEquals(200, mine.statusCode());
            assertTrue(mine.body().contains(MY_APPLICATIONS), "signed in on " + resident.node());
            String first = resident.node();

            ProcessHandle node = ProcessHandle.of(launched.pidOf(first)).orElseThrow();
            node.destroyForcibly(); // kill -9: no shutdown, nothing handed over
            node.onExit().get(30, TimeUnit.SECONDS);

            HttpResponse<String> after = resident.get("/resident/applications.xhtml");
            assertEquals(200, after.statusCode());
            assertNotEquals(first, resident.node(), "the balancer sent him to the other node");
            assertTrue(
                    after.body().contains(MY_APPLICATIONS)
                            && !after.request().uri().getPath().contains("signin"),
                    "still signed in after his node was killed:\n" + after.body());
        } finally {
            launched.stop();
        }
        launched.assertNothingLeftRunning();
    }

    /** The nodes that answer visitors without a cookie: the balancer takes turns. */
    private static Set<String> nodesAnsweringFreshVisitors() throws Exception {
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            Visitor visitor = new Visitor();
            assertEquals(200, visitor.get("/").statusCode());
            nodes.add(visitor.node());
        }
        return nodes;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** A browser's worth of HTTP: cookies kept, redirects followed. */
    private static final class Visitor {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // as a browser speaks to a cleartext address
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The development sign-in, as the form posts it. */
        void signIn(String personalCode) throws Exception {
            Matcher viewState = VIEW_STATE.matcher(get("/signin/index.xhtml").body());
            assertTrue(viewState.find(), "the sign-in form");
            String form = "signin=signin&signin%3Acode=" + personalCode + "&signin%3Asubmit="
                    + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/signin/index.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertTrue(signedIn.body().contains(MY_APPLICATIONS), "signed in:\n" + signedIn.body());
        }

        /** The node HAProxy's cookie names. */
        String node() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("NODE"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no NODE cookie from the balancer"));
        }
    }
}
