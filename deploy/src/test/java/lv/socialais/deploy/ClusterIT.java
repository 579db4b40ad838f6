package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.socialais.portal.testing.SignedEnvelope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The product as a local cluster (NODES=2): two Payara Micro nodes in one Hazelcast cluster
 * behind HAProxy, one embedded MariaDB migrated once. The register-query outbox, worked by both
 * nodes, asks every query exactly once; an administrator's edit on one node is on the other's
 * catalogue at once; a signed-in resident whose node is killed (kill -9) goes on, signed in, on
 * the other node. The kill comes last: the other tests need both nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int HTTP_PORT = 18180;
    private static final int DB_PORT = 33317;
    private static final String RESIDENT = "150588-16072";
    private static final int E_APPLICATIONS = 20;
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("<(?:\\w+:)?registrationNumber>([^<]+)</");

    private final Path dataDir = Path.of(System.getProperty("launcher.dataDir") + "-cluster");
    private Launched launched;

    @BeforeAll
    void startTwoNodes() throws Exception {
        launched = Launched.start(HTTP_PORT, DB_PORT, dataDir, Map.of("NODES", "2", "CLUSTER_PORT", "15900"));
        launched.awaitOutput("is ready: http://localhost:" + HTTP_PORT + "/");
    }

    @AfterAll
    void stop() throws Exception {
        launched.stop();
        launched.assertNothingLeftRunning();
    }

    @Test
    @Order(1)
    void theLauncherMigratesOnceAndBothNodesServeInOneCluster() throws Exception {
        String output = launched.output();
        int nodesStart = output.indexOf("Starting Payara Micro");
        String nodes = output.substring(nodesStart);
        assertTrue(output.substring(0, nodesStart).contains("migrations applied now"), "the launcher migrates first");
        assertEquals(
                2,
                occurrences(nodes, "(0 migrations applied now)"),
                "the launcher migrated the schema before the nodes; each node finds nothing to do:\n" + output);
        assertEquals(2, occurrences(nodes, "migrations applied now"), "and no node migrates anything");
        assertTrue(output.contains("DG Name: socialais-local-" + HTTP_PORT + " DG Size: 2"), "one cluster of two");
        Set<String> nodesSeen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            ClusterVisitor visitor = new ClusterVisitor(HTTP_PORT);
            assertEquals(200, visitor.get("/").statusCode());
            nodesSeen.add(visitor.node());
        }
        assertEquals(Set.of("node-1", "node-2"), nodesSeen, "the balancer takes turns with fresh visitors");
    }

    /**
     * E-applications filed through both nodes plan their register queries in the outbox; both
     * nodes' workers claim from it (the simulated registers answer slowly enough for them to
     * overlap). Every query is then answered, was claimed once and asked once.
     */
    @Test
    @Order(2)
    void theOutboxOfBothNodesAsksEveryRegisterQueryExactlyOnce() throws Exception {
        simulatedRegisters("DELAY", 300);
        try {
            List<String> registrationNumbers = new ArrayList<>();
            for (int i = 0; i < E_APPLICATIONS; i++) {
                String answer = new ClusterVisitor(HTTP_PORT) // a new client each time: both nodes take some
                        .postXml(
                                "/soap/intake",
                                SignedEnvelope.signedGmiEApplication(
                                        UUID.randomUUID().toString()))
                        .body();
                var number = REGISTRATION_NUMBER.matcher(answer);
                assertTrue(number.find(), "accepted:\n" + answer);
                registrationNumbers.add(number.group(1));
            }
            String issues = registrationNumbers.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
            String ofTheseApplications = " FROM register_query q JOIN application a ON a.id = q.application_id"
                    + " WHERE a.registration_number IN (" + issues + ")";
            try (Connection db = database()) {
                awaitNone(
                        db, "SELECT COUNT(*)" + ofTheseApplications + " AND q.status <> 'DONE'", Duration.ofMinutes(2));
                long queries = count(db, "SELECT COUNT(*)" + ofTheseApplications);
                assertTrue(queries >= E_APPLICATIONS, "register queries were planned: " + queries);
                assertEquals(
                        0,
                        count(db, "SELECT COUNT(*)" + ofTheseApplications + " AND q.attempts <> 1"),
                        "each claimed once");
                assertEquals(
                        Set.of("node-1", "node-2"),
                        strings(db, "SELECT DISTINCT q.asked_by" + ofTheseApplications),
                        "both nodes worked the outbox");
                assertEquals(
                        queries,
                        count(
                                db,
                                "SELECT COUNT(*) FROM message_log WHERE direction = 'OUT' AND issue IN (" + issues
                                        + ")"),
                        "each asked of its register once");
                assertEquals(
                        queries,
                        count(
                                db,
                                "SELECT COUNT(*) FROM register_evidence e JOIN application a ON a.id = e.application_id"
                                        + " WHERE a.registration_number IN (" + issues + ")"),
                        "each answer kept once");
            }
        } finally {
            simulatedRegisters("NORMAL", 0);
        }
    }

    @Test
    @Order(3)
    void anAdministratorsEditOnOneNodeIsOnTheOtherNodesCatalogueAtOnce() throws Exception {
        ClusterVisitor admin = new ClusterVisitor(HTTP_PORT);
        admin.signInAsStaff("admins", "Izstrade-2026");
        ClusterVisitor reader = visitorOtherThan(admin.node());
        String name = "Jubilejas pabalsts " + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(!reader.get("/").body().contains(name), "the other node has read the catalogue before the edit");

        String saved = admin.submitForm(
                "/staff/admin/type.xhtml?code=PENSIONER_JUBILEE", "type", Map.of("type:nameLv", name), "type:save");
        assertTrue(saved.contains("Iesnieguma veids saglabāts."), "saved on " + admin.node() + ":\n" + saved);

        assertTrue(reader.get("/").body().contains(name), "the edit is in " + reader.node() + "'s catalogue at once");
    }

    @Test
    @Order(4)
    void aSignedInResidentGoesOnWhenHisNodeIsKilled() throws Exception {
        ClusterVisitor resident = new ClusterVisitor(HTTP_PORT);
        resident.signInAsResident(RESIDENT);
        var mine = resident.get("/resident/applications.xhtml");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains(ClusterVisitor.MY_APPLICATIONS), "signed in on " + resident.node());
        String first = resident.node();

        ProcessHandle node = ProcessHandle.of(launched.pidOf(first)).orElseThrow();
        node.destroyForcibly(); // kill -9: no shutdown, nothing handed over
        node.onExit().get(30, TimeUnit.SECONDS);

        var after = resident.get("/resident/applications.xhtml");
        assertEquals(200, after.statusCode());
        assertNotEquals(first, resident.node(), "the balancer sent him to the other node");
        assertTrue(
                after.body().contains(ClusterVisitor.MY_APPLICATIONS)
                        && !after.request().uri().getPath().contains("signin"),
                "still signed in after his node was killed:\n" + after.body());
    }

    /** Sets every simulated register of both nodes (each node serves its own simulator). */
    private static void simulatedRegisters(String mode, int delayMillis) throws Exception {
        for (int node = 1; node <= 2; node++) {
            var answer = new ClusterVisitor(HTTP_PORT + node)
                    .postForm("/simulator/control", "register=ALL&mode=" + mode + "&delayMillis=" + delayMillis);
            assertEquals(200, answer.statusCode(), answer.body());
        }
    }

    /** A fresh visitor whom the balancer sends to another node than the one named. */
    private static ClusterVisitor visitorOtherThan(String node) throws Exception {
        for (int i = 0; i < 6; i++) {
            ClusterVisitor visitor = new ClusterVisitor(HTTP_PORT);
            visitor.get("/");
            if (!visitor.node().equals(node)) {
                return visitor;
            }
        }
        throw new AssertionError("the balancer sent six fresh visitors to " + node);
    }

    private Connection database() throws Exception {
        String password =
                Files.readString(dataDir.resolve("embedded-db.password")).strip();
        return DriverManager.getConnection("jdbc:mariadb://localhost:" + DB_PORT + "/socialais", "socialais", password);
    }

    private static void awaitNone(Connection db, String countQuery, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long left;
        while ((left = count(db, countQuery)) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(left + " register queries not answered within " + timeout);
            }
            Thread.sleep(500);
        }
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> strings(Connection db, String query) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
