package lv.socialais.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The load benchmark: runs each Gatling scenario against the running product in turn, measures
 * the limits of the same run (a static file from the same server; plain JDBC inserts of a
 * submission's rows into the same MariaDB), and prints one table with the ratios, the server's
 * CPU and its resident memory. Started by {@code deploy/benchmark.sh}, which says what the
 * properties are.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        String url = required("benchmark.url");
        int users = Integer.getInteger("benchmark.users", 100);
        int intakeClients = Integer.getInteger("benchmark.intakeClients", 16);
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        Path results = Path.of(System.getProperty("benchmark.results", "target/benchmark"));
        ServerUsage server = new ServerUsage(
                Long.getLong("benchmark.serverPid", ProcessHandle.current().pid()));
        GatlingRun gatling =
                new GatlingRun(results.resolve("gatling"), Map.of("WSS_TRUSTSTORE", required("benchmark.truststore")));
        String dbUrl = required("benchmark.dbUrl");
        String dbUser = required("benchmark.dbUser");
        String dbPassword =
                Files.readString(Path.of(required("benchmark.dbPasswordFile"))).strip();
        JdbcLimit jdbc = new JdbcLimit(dbUrl, dbUser, dbPassword);

        int replay = Integer.getInteger("benchmark.replay", 0);
        if (replay > 0) {
            String report =
                    new CityYearReplay(gatling, dbUrl, dbUser, dbPassword).run(url, replay, intakeClients, results);
            System.out.println(report);
            return;
        }
        long atRestKb = server.sample().residentKb();
        Set<String> scenarios = scenarios();
        List<Row> rows = new ArrayList<>();
        Row staticFile = measure(
                server,
                () -> gatling.run(
                        PagesSimulation.class, "static", pages(url, "static", users, seconds), "static file"));
        rows.add(staticFile.limitOf(staticFile));
        // Each page scenario: its name for the benchmark, its request name in Gatling's report.
        for (String[] page : new String[][] {{"catalogue", "catalogue"}, {"mine", "my applications"}}) {
            if (scenarios.contains(page[0])) {
                rows.add(measure(
                                server,
                                () -> gatling.run(
                                        PagesSimulation.class, page[1], pages(url, page[0], users, seconds), page[1]))
                        .limitOf(staticFile));
            }
        }
        Journeys journeys = new Journeys(
                url,
                Integer.getInteger("benchmark.journeyUsers", 30),
                Integer.getInteger("benchmark.staffUsers", 6),
                Integer.getInteger("benchmark.thinkMillis", 3000),
                seconds);
        // The residents and the front desk file first, so that the caseworkers have a queue.
        for (Journeys.Journey journey : Journeys.FILING) {
            if (scenarios.contains(journey.scenario())) {
                rows.addAll(measureJourney(server, gatling, journeys, journey));
            }
        }
        JdbcLimit.Shape shape = null;
        if (scenarios.contains("intake")) {
            Path envelopes = results.resolve("envelopes.txt");
            SignedApplications.signAhead(envelopes, Integer.getInteger("benchmark.signAhead", 2000));
            Row intake = measure(
                    server,
                    () -> gatling.run(
                            IntakeSimulation.class,
                            "intake",
                            Map.of(
                                    "benchmark.url",
                                    url,
                                    "benchmark.users",
                                    String.valueOf(intakeClients),
                                    "benchmark.seconds",
                                    String.valueOf(seconds),
                                    "benchmark.envelopes",
                                    envelopes.toString()),
                            "SubmitEApplication"));
            shape = jdbc.shapeOfTheLastIntake();
            ServerUsage.Sample before = server.sample();
            double jdbcRate = jdbc.submissionsPerSecond(shape, intakeClients, seconds);
            ServerUsage.Sample after = server.sample();
            Row jdbcRow = new Row(
                    new GatlingRun.Figures(
                            "plain JDBC inserts", Math.round(jdbcRate * seconds), 0, jdbcRate, -1, -1, -1),
                    ServerUsage.cores(before, after),
                    after.residentKb(),
                    null);
            rows.add(intake.limitOf(jdbcRow));
            rows.add(jdbcRow.limitOf(jdbcRow));
        }
        if (scenarios.contains(Journeys.CASEWORKER.scenario())) {
            rows.addAll(measureJourney(server, gatling, journeys, Journeys.CASEWORKER));
        }

        String table = String.format(
                        Locale.ROOT,
                        "Start to ready: %.1f s; at rest the server (launcher, MariaDB, Payara Micro) holds %d MB.%n",
                        Long.getLong("benchmark.readyMillis", -1) / 1000.0,
                        atRestKb / 1024)
                + table(rows, users, intakeClients, seconds, shape)
                + journeys.describe();
        System.out.println(table);
        Files.createDirectories(results);
        Files.writeString(results.resolve("results.md"), table);
        long errors = rows.stream().mapToLong(row -> row.figures().errors()).sum();
        List<String> neverMade = rows.stream()
                .filter(row -> row.figures().requests() == 0)
                .map(row -> row.figures().name())
                .toList();
        if ((errors > 0 || !neverMade.isEmpty()) && Boolean.getBoolean("benchmark.failOnErrors")) {
            System.err.println(errors + " requests failed, none made of " + neverMade + "; see the Gatling reports in "
                    + results.resolve("gatling"));
            System.exit(1);
        }
    }

    /**
     * The scenarios asked for in {@code benchmark.scenarios} (comma-separated: catalogue, mine,
     * wizard, frontdesk, intake, caseworker; all by default). The static file always runs: it is
     * the pages' limit.
     */
    private static Set<String> scenarios() {
        Set<String> known = Set.of("catalogue", "mine", "wizard", "frontdesk", "intake", "caseworker");
        Set<String> asked = Arrays.stream(System.getProperty("benchmark.scenarios", String.join(",", known))
                        .split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        if (!known.containsAll(asked)) {
            throw new IllegalArgumentException("benchmark.scenarios: known are " + known + ", asked " + asked);
        }
        return asked;
    }

    private interface Run {
        GatlingRun.Figures call() throws Exception;
    }

    private static Row measure(ServerUsage server, Run run) throws Exception {
        ServerUsage.Sample before = server.sample();
        GatlingRun.Figures figures = run.call();
        ServerUsage.Sample after = server.sample();
        return new Row(figures, ServerUsage.cores(before, after), after.residentKb(), null);
    }

    /** A journey's two lines: all its requests together, and the one it is for (the submit, the decision). */
    private static List<Row> measureJourney(
            ServerUsage server, GatlingRun gatling, Journeys journeys, Journeys.Journey journey) throws Exception {
        ServerUsage.Sample before = server.sample();
        GatlingRun.Report report =
                gatling.report(JourneysSimulation.class, journey.scenario(), journeys.properties(journey));
        ServerUsage.Sample after = server.sample();
        double cores = ServerUsage.cores(before, after);
        return List.of(
                new Row(report.all(journey.name() + ", all requests"), cores, after.residentKb(), null),
                new Row(report.of(journey.keyRequest()), cores, after.residentKb(), null));
    }

    private static Map<String, String> pages(String url, String scenario, int users, int seconds) {
        return Map.of(
                "benchmark.url",
                url,
                "benchmark.scenario",
                scenario,
                "benchmark.users",
                String.valueOf(users),
                "benchmark.seconds",
                String.valueOf(seconds));
    }

    /** One line of the table: a scenario's figures, the server's usage meanwhile, and the limit it is compared with. */
    private record Row(GatlingRun.Figures figures, double serverCores, long serverKb, Row limit) {

        Row limitOf(Row limit) {
            return new Row(figures, serverCores, serverKb, limit);
        }

        String limitName() {
            return limit == null ? "–" : limit.figures().name();
        }

        String ratio() {
            return limit == null
                    ? "–"
                    : String.format(
                            Locale.ROOT,
                            "%.2f",
                            figures.perSecond() / limit.figures().perSecond());
        }
    }

    private static String table(List<Row> rows, int users, int intakeClients, int seconds, JdbcLimit.Shape shape) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Benchmark: %d s a scenario, %d users at once for the pages, %d intake clients%s.%n%n",
                seconds,
                users,
                intakeClients,
                shape == null ? "" : "; a submission is " + shape.describe()));
        out.append(
                "| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms | limit | ratio | server CPU (cores) | server RSS MB |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
        for (Row row : rows) {
            GatlingRun.Figures f = row.figures();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %s | %s | %s | %s | %s | %.2f | %d |%n",
                    f.name(),
                    f.requests(),
                    f.errors(),
                    f.perSecond(),
                    ms(f.p50()),
                    ms(f.p95()),
                    ms(f.p99()),
                    row.limitName(),
                    row.ratio(),
                    row.serverCores(),
                    row.serverKb() / 1024));
        }
        return out.toString();
    }

    private static String ms(long value) {
        return value < 0 ? "–" : Long.toString(value);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set -D" + property);
        }
        return value;
    }
}
