package lv.socialais.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own limit for the submission path, in the same run: plain JDBC inserts of the
 * rows one submission through the intake stored (an application of the intake is counted:
 * answers, household members, incomes, register queries, timeline events, audit events), each
 * submission one transaction, from as many threads as the intake had clients. The rows are
 * deleted afterwards.
 */
final class JdbcLimit {

    private static final String MARK = "benchmark-jdbc";

    private final String url;
    private final String user;
    private final String password;

    JdbcLimit(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** What one stored submission of the intake consists of. */
    record Shape(
            long typeId,
            long formId,
            long departmentId,
            int answers,
            int members,
            int incomes,
            int queries,
            int events,
            int audits) {

        String describe() {
            return "1 application, " + answers + " answers, " + members + " household member(s), " + incomes
                    + " income(s), " + queries + " register queries, " + events + " timeline events, " + audits
                    + " audit events";
        }
    }

    /** The shape of the newest application that came in through the state portal. */
    Shape shapeOfTheLastIntake() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT a.id, a.application_type_id, a.form_definition_id, a.department_id,"
                                + " (SELECT COUNT(*) FROM application_answer x WHERE x.application_id = a.id),"
                                + " (SELECT COUNT(*) FROM household_member x WHERE x.application_id = a.id),"
                                + " (SELECT COUNT(*) FROM declared_income x WHERE x.application_id = a.id),"
                                + " (SELECT COUNT(*) FROM register_query x WHERE x.application_id = a.id),"
                                + " (SELECT COUNT(*) FROM timeline_event x WHERE x.application_id = a.id),"
                                + " (SELECT COUNT(*) FROM audit_event x WHERE x.subject_type = 'APPLICATION'"
                                + " AND x.subject_id = a.id)"
                                + " FROM application a WHERE a.channel = 'STATE_PORTAL' ORDER BY a.id DESC LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no application came in through the intake to copy");
            }
            return new Shape(
                    r.getLong(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getInt(5),
                    r.getInt(6),
                    r.getInt(7),
                    r.getInt(8),
                    r.getInt(9),
                    Math.max(1, r.getInt(10)));
        }
    }

    /** Submissions per second that plain JDBC stores with this many threads for this long. */
    double submissionsPerSecond(Shape shape, int threads, int seconds) throws Exception {
        AtomicLong stored = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < deadline) {
                        store(c, shape);
                        c.commit();
                        stored.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        cleanUp();
        return stored.get() / elapsed;
    }

    private void store(Connection c, Shape shape) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long id;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO application (registration_number, application_type_id, form_definition_id, department_id,"
                        + " status, channel, submission_key, applicant_personal_code, applicant_first_name,"
                        + " applicant_last_name, filed_by, no_income_declared, consent_given, created_at, updated_at,"
                        + " submitted_at, received_on, decision_deadline) VALUES"
                        + " (?, ?, ?, ?, 'REGISTERED', 'STATE_PORTAL', ?, '29017912639', 'Edgars', 'Kalējs', ?, FALSE,"
                        + " TRUE, ?, ?, ?, CURRENT_DATE, CURRENT_DATE + INTERVAL 30 DAY)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "J" + UUID.randomUUID().toString().substring(0, 18));
            p.setLong(2, shape.typeId());
            p.setLong(3, shape.formId());
            p.setLong(4, shape.departmentId());
            p.setString(5, UUID.randomUUID().toString());
            p.setString(6, MARK);
            p.setTimestamp(7, now);
            p.setTimestamp(8, now);
            p.setTimestamp(9, now);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        batch(
                c,
                "INSERT INTO application_answer (application_id, field_code, answer_value) VALUES (?, ?, 'value')",
                id,
                shape.answers(),
                (p, i) -> p.setString(2, "field_" + i));
        batch(
                c,
                "INSERT INTO household_member (application_id, personal_code, first_name, last_name, relation,"
                        + " sort_order) VALUES (?, '31129910008', 'Anna', 'Kalēja', 'PARTNER', ?)",
                id,
                shape.members(),
                (p, i) -> p.setInt(2, i));
        batch(
                c,
                "INSERT INTO declared_income (application_id, earner_personal_code, income_type,"
                        + " amount_last_3_months, sort_order) VALUES (?, '31129910008', 'PENSION', 420.00, ?)",
                id,
                shape.incomes(),
                (p, i) -> p.setInt(2, i));
        batch(
                c,
                "INSERT INTO register_query (application_id, register_code, query_code, subject_personal_code,"
                        + " status, next_attempt_at, created_at) VALUES (?, 'PMLP', ?, '29017912639', 'DONE', ?, ?)",
                id,
                shape.queries(),
                (p, i) -> {
                    p.setString(2, "Q" + i);
                    p.setTimestamp(3, now);
                    p.setTimestamp(4, now);
                });
        batch(
                c,
                "INSERT INTO timeline_event (application_id, seq, occurred_at, event_type, actor, actor_role)"
                        + " VALUES (?, ?, ?, 'REGISTERED', 'benchmark', 'REGISTER')",
                id,
                shape.events(),
                (p, i) -> {
                    p.setInt(2, i + 1);
                    p.setTimestamp(3, now);
                });
        batch(
                c,
                "INSERT INTO audit_event (occurred_at, actor, actor_role, action, subject_type, subject_id, detail)"
                        + " VALUES (?, 'benchmark', 'REGISTER', 'APPLICATION_SUBMITTED', 'APPLICATION', ?, '" + MARK
                        + "')",
                id,
                shape.audits(),
                (p, i) -> {
                    p.setTimestamp(1, now);
                    p.setLong(2, id);
                },
                false);
    }

    private interface Row {
        void fill(PreparedStatement statement, int index) throws SQLException;
    }

    private static void batch(Connection c, String sql, long id, int rows, Row row) throws SQLException {
        batch(c, sql, id, rows, row, true);
    }

    private static void batch(Connection c, String sql, long id, int rows, Row row, boolean idFirst)
            throws SQLException {
        if (rows == 0) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                if (idFirst) {
                    p.setLong(1, id);
                }
                row.fill(p, i);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void cleanUp() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_event WHERE detail = '" + MARK + "'");
            s.executeUpdate("DELETE FROM application WHERE filed_by = '" + MARK + "'");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
