package lv.socialais.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A city's year through the intake: {@code benchmark.replay} signed e-applications (60,086 were
 * filed in Daugavpils in 2016), each sent once by {@code benchmark.intakeClients} clients, then
 * counted in the database: every accepted one stored once under its submission key, none lost,
 * none twice. Prints how long it took and the figures, and writes them to {@code replay.md}.
 */
final class CityYearReplay {

    private final GatlingRun gatling;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;

    CityYearReplay(GatlingRun gatling, String dbUrl, String dbUser, String dbPassword) {
        this.gatling = gatling;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    String run(String url, int applications, int clients, Path results) throws Exception {
        Path envelopes = results.resolve("replay-envelopes.txt");
        long signing = System.nanoTime();
        SignedApplications.signAhead(envelopes, applications);
        double signedSeconds = (System.nanoTime() - signing) / 1e9;
        Set<String> sent = SignedApplications.keysIn(envelopes);
        long before = lastApplicationId();
        long started = System.nanoTime();
        GatlingRun.Figures figures = gatling.run(
                IntakeSimulation.class,
                "replay",
                Map.of(
                        "benchmark.url",
                        url,
                        "benchmark.users",
                        String.valueOf(clients),
                        "benchmark.envelopes",
                        envelopes.toString(),
                        "benchmark.eachOnce",
                        "true"),
                "SubmitEApplication");
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Integer> stored = storedSince(before);
        Set<String> lost = new HashSet<>(sent);
        lost.removeAll(stored.keySet());
        long twice = stored.values().stream().filter(count -> count > 1).count();
        long unknown =
                stored.keySet().stream().filter(key -> !sent.contains(key)).count();
        String report = String.format(
                Locale.ROOT,
                "City-year replay: %d signed e-applications (signed ahead in %.0f s), %d clients.%n%n"
                        + "| figure | value |%n|---|---:|%n"
                        + "| sent | %d |%n| accepted by the intake | %d |%n| refused or failed | %d |%n"
                        + "| stored (distinct submission keys) | %d |%n| lost (sent, not stored) | %d |%n"
                        + "| stored twice | %d |%n| stored, never sent | %d |%n"
                        + "| time (first to last answer, with the client start) | %.0f s |%n"
                        + "| rate | %.1f a second |%n| p50 / p95 / p99 | %d / %d / %d ms |%n"
                        + "| %d at this rate would take | %.1f min |%n",
                applications,
                signedSeconds,
                clients,
                sent.size(),
                figures.requests() - figures.errors(),
                figures.errors(),
                stored.size(),
                lost.size(),
                twice,
                unknown,
                seconds,
                sent.size() / seconds,
                figures.p50(),
                figures.p95(),
                figures.p99(),
                60_086,
                60_086 / (sent.size() / seconds) / 60);
        Files.writeString(results.resolve("replay.md"), report);
        return report;
    }

    private long lastApplicationId() throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                ResultSet r = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM application")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The intake's submission keys (stored as "viss:" and the state portal's key) of the applications stored since. */
    private Map<String, Integer> storedSince(long id) throws SQLException {
        Map<String, Integer> keys = new HashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                PreparedStatement s = c.prepareStatement(
                        "SELECT submission_key FROM application WHERE id > ? AND submission_key LIKE 'viss:%'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.merge(r.getString(1).substring("viss:".length()), 1, Integer::sum);
                }
            }
        }
        return keys;
    }
}
