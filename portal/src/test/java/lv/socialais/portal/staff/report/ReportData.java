package lv.socialais.portal.staff.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Puts report test data straight into the database with JDBC: applications with chosen dates
 * of receipt, deadlines and decision times, status rows, and many rows at once for the
 * benchmark. Instants are bound as {@link Timestamp}s, as the application itself writes them.
 */
final class ReportData {

    /** What an application row needs from the catalogue: its type, current form and department. */
    record TypeRef(long id, String code, long departmentId, long formId) {}

    static final String COLUMNS =
            "(registration_number, application_type_id, form_definition_id, department_id, status, channel,"
                    + " applicant_personal_code, filed_by, created_at, updated_at, submitted_at, received_on, decision_deadline,"
                    + " decision_outcome, decision_amount, decision_period_from, decision_period_to, decision_legal_basis,"
                    + " decided_at, decided_by)";

    private final DataSource dataSource;

    ReportData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The active types in the catalogue's order. */
    Map<String, TypeRef> types() throws SQLException {
        Map<String, TypeRef> types = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT t.id, t.code, t.department_id, f.id FROM application_type t"
                                + " JOIN form_definition f ON f.application_type_id = t.id AND f.current_version = TRUE"
                                + " WHERE t.active = TRUE ORDER BY t.sort_order, t.id")) {
            while (rows.next()) {
                types.put(
                        rows.getString(2),
                        new TypeRef(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return types;
    }

    /** Inserts the applications, numbered from the prefix; returns their ids in the same order. */
    List<Long> insert(List<Planned.Application> applications, Map<String, TypeRef> types, String numberPrefix)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO application " + COLUMNS
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'report-test', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            int n = 0;
            for (Planned.Application application : applications) {
                TypeRef type = types.get(application.typeCode());
                Timestamp filed = Timestamp.from(application
                        .receivedOn()
                        .atTime(9, 0)
                        .atZone(Planned.RIGA)
                        .toInstant());
                boolean decided = application.decided();
                insert.setString(1, numberPrefix + String.format("%06d", ++n));
                insert.setLong(2, type.id());
                insert.setLong(3, type.formId());
                insert.setLong(4, type.departmentId());
                insert.setString(5, decided ? "DECIDED" : "IN_REVIEW");
                insert.setString(6, application.channel().name());
                insert.setString(7, String.format("32%09d", n));
                insert.setTimestamp(8, filed);
                insert.setTimestamp(9, filed);
                insert.setTimestamp(10, filed);
                insert.setDate(11, Date.valueOf(application.receivedOn()));
                insert.setDate(12, Date.valueOf(application.deadline()));
                insert.setString(13, decided ? (n % 5 == 0 ? "REFUSED" : "GRANTED") : null);
                insert.setBigDecimal(14, decided && n % 5 != 0 ? new BigDecimal("100.00") : null);
                insert.setNull(15, Types.DATE);
                insert.setNull(16, Types.DATE);
                insert.setString(17, decided ? "Pašvaldības saistošie noteikumi" : null);
                insert.setTimestamp(18, decided ? Timestamp.from(application.decidedAt()) : null);
                insert.setString(19, decided ? "ilze" : null);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Moves an application filed through the use cases to the planned dates. */
    void move(long applicationId, Planned.Application planned) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE application SET received_on = ?, decision_deadline = ?, decided_at = ? WHERE id = ?")) {
            update.setDate(1, Date.valueOf(planned.receivedOn()));
            update.setDate(2, Date.valueOf(planned.deadline()));
            update.setTimestamp(3, planned.decided() ? Timestamp.from(planned.decidedAt()) : null);
            update.setLong(4, applicationId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no application " + applicationId);
            }
        }
    }

    void insert(List<Planned.Status> statuses) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO household_status"
                                + " (personal_code, status, valid_from, valid_until, application_id, granted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Planned.Status status : statuses) {
                insert.setString(1, status.personalCode());
                insert.setString(2, status.kind());
                insert.setDate(3, Date.valueOf(status.validFrom()));
                insert.setDate(4, Date.valueOf(status.validUntil()));
                insert.setLong(5, status.applicationId());
                insert.setTimestamp(
                        6,
                        Timestamp.from(
                                status.validFrom().atStartOfDay(Planned.RIGA).toInstant()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every status row of the applications, as the use cases recorded them. */
    List<Planned.Status> statusesOf(List<Long> applicationIds) throws SQLException {
        List<Planned.Status> statuses = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT personal_code, status, valid_from, valid_until,"
                                + " application_id FROM household_status WHERE application_id = ?")) {
            for (Long id : applicationIds) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        statuses.add(new Planned.Status(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getDate(3).toLocalDate(),
                                rows.getDate(4).toLocalDate(),
                                rows.getLong(5)));
                    }
                }
            }
        }
        return statuses;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
