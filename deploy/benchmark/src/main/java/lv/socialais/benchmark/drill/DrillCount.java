package lv.socialais.benchmark.drill;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The drill's count at the end, from the database against what the clients saw: every
 * submission accepted stored once, none lost, and every register query of the drill's
 * applications answered once the registers and the nodes are back.
 */
record DrillCount(
        long accepted,
        long stored,
        long lost,
        long duplicates,
        long storedUnaccepted,
        long answeredDifferently,
        long givenUp,
        long queries,
        long queriesAnswered,
        long queriesPending,
        long queriesFailed,
        long askedAgain,
        long evidence,
        Duration recovery) {

    private static final String DRILL = " a.submission_key LIKE 'viss:drill-%'";
    private static final String QUERIES =
            " FROM register_query q JOIN application a ON a.id = q.application_id WHERE" + DRILL;

    /** Waits until no register query of the drill is pending (or the time is up), then counts. */
    static DrillCount of(Connection db, Submissions load, Duration patience) throws SQLException, InterruptedException {
        Instant started = Instant.now();
        Instant deadline = started.plus(patience);
        while (count(db, "SELECT COUNT(*)" + QUERIES + " AND q.status = 'PENDING'") > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        Duration recovery = Duration.between(started, Instant.now());

        Map<String, Long> storedPerKey = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT a.submission_key, COUNT(*) FROM application a WHERE"
                        + DRILL + " GROUP BY a.submission_key")) {
            while (rows.next()) {
                storedPerKey.put(rows.getString(1).substring("viss:".length()), rows.getLong(2));
            }
        }
        Map<String, String> accepted = load.accepted();
        long lost = accepted.keySet().stream()
                .filter(key -> !storedPerKey.containsKey(key))
                .count();
        long duplicates = storedPerKey.values().stream().mapToLong(n -> n - 1).sum()
                + count(db, "SELECT COUNT(*) - COUNT(DISTINCT a.registration_number) FROM application a WHERE" + DRILL);
        long storedUnaccepted = storedPerKey.keySet().stream()
                .filter(key -> !accepted.containsKey(key))
                .count();
        return new DrillCount(
                accepted.size(),
                storedPerKey.size(),
                lost,
                duplicates,
                storedUnaccepted,
                load.answeredDifferently().size(),
                load.givenUp().size(),
                count(db, "SELECT COUNT(*)" + QUERIES),
                count(db, "SELECT COUNT(*)" + QUERIES + " AND q.status = 'DONE'"),
                count(db, "SELECT COUNT(*)" + QUERIES + " AND q.status = 'PENDING'"),
                count(db, "SELECT COUNT(*)" + QUERIES + " AND q.status = 'FAILED'"),
                count(db, "SELECT COALESCE(SUM(q.attempts - 1), 0)" + QUERIES + " AND q.attempts > 1"),
                count(
                        db,
                        "SELECT COUNT(*) FROM register_evidence e JOIN application a ON a.id = e.application_id WHERE"
                                + DRILL),
                recovery);
    }

    /** Nothing lost, nothing twice, every query answered. */
    boolean clean() {
        return lost == 0
                && duplicates == 0
                && answeredDifferently == 0
                && givenUp == 0
                && storedUnaccepted == 0
                && queriesPending == 0
                && queriesFailed == 0
                && evidence == queriesAnswered
                && accepted == stored;
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
