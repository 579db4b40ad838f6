package lv.socialais.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.common.Riga;
import lv.socialais.database.DatabaseStartup;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.security.RoleRequired;

/**
 * The decisions of a period as the state's social policy monitoring system SPOLIS takes them:
 * one line per administrative act, reported as of the date of the act (the Riga date of the
 * decision), whatever happened to the application later (appeal, closure).
 *
 * <h2>Format</h2>
 * UTF-8 without byte order mark; lines end with CR LF; fields separated by a semicolon; a
 * field that contains a semicolon, a quote or a line break is put in double quotes, with its
 * quotes doubled (RFC 4180 with {@code ;}). The first line is the header; then one line per
 * decision, ordered by the time of the decision:
 * <pre>
 * akta_datums;registracijas_nr;veida_kods;personas_kods;lemums;summa_eur;periods_no;periods_lidz;tiesiskais_pamats
 * 2024-07-15;2024/000123;GMI_BENEFIT;01019012349;GRANTED;337.00;2024-07-01;2024-09-30;SPSPL 33. pants
 * </pre>
 * <ol>
 * <li>{@code akta_datums}: the date of the administrative act, {@code YYYY-MM-DD} (Europe/Riga);</li>
 * <li>{@code registracijas_nr}: the application's registration number;</li>
 * <li>{@code veida_kods}: the application type's catalogue code;</li>
 * <li>{@code personas_kods}: the applicant's personal code, 11 digits without the hyphen;</li>
 * <li>{@code lemums}: {@code GRANTED}, {@code PARTIALLY_GRANTED} or {@code REFUSED};</li>
 * <li>{@code summa_eur}: the amount granted in euro with two decimals and a point, empty when none;</li>
 * <li>{@code periods_no}, {@code periods_lidz}: the period granted, {@code YYYY-MM-DD}, empty when none;</li>
 * <li>{@code tiesiskais_pamats}: the legal basis as the decision states it.</li>
 * </ol>
 * The file holds personal codes because the state system needs them: it is written for that
 * system only, its making is audited, and no line of it is ever logged.
 */
@Stateless
public class SpolisExport {

    public static final List<String> HEADER = List.of(
            "akta_datums",
            "registracijas_nr",
            "veida_kods",
            "personas_kods",
            "lemums",
            "summa_eur",
            "periods_no",
            "periods_lidz",
            "tiesiskais_pamats");

    private static final Logger LOG = Logger.getLogger(SpolisExport.class.getName());
    private static final String LINE_END = "\r\n";
    private static final int FETCH_SIZE = 500;

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private AuditTrail audit;

    /**
     * Writes the decisions taken from {@code from} to {@code to} (inclusive, Riga dates) and
     * returns how many lines followed the header. The stream is flushed, not closed.
     */
    public long write(LocalDate from, LocalDate to, Actor actor, OutputStream out) {
        // Full personal codes of every applicant decided on: supervisors and administrators only.
        RoleRequired.require(actor, Role.SUPERVISOR, Role.ADMIN);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        String sql =
                "SELECT a.decided_at, a.registration_number, t.code, a.applicant_personal_code, a.decision_outcome,"
                        + " a.decision_amount, a.decision_period_from, a.decision_period_to, a.decision_legal_basis"
                        + " FROM application a JOIN application_type t ON t.id = a.application_type_id"
                        + " WHERE a.decided_at >= ? AND a.decided_at < ? ORDER BY a.decided_at, a.id";
        long lines = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(
                    1, Timestamp.from(from.atStartOfDay(Riga.ZONE).toInstant()));
            statement.setTimestamp(
                    2, Timestamp.from(to.plusDays(1).atStartOfDay(Riga.ZONE).toInstant()));
            statement.setFetchSize(FETCH_SIZE);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            line(writer, HEADER);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    line(
                            writer,
                            List.of(
                                    rows.getTimestamp(1)
                                            .toInstant()
                                            .atZone(Riga.ZONE)
                                            .toLocalDate()
                                            .toString(),
                                    text(rows.getString(2)),
                                    rows.getString(3),
                                    rows.getString(4),
                                    text(rows.getString(5)),
                                    amount(rows.getBigDecimal(6)),
                                    date(rows.getDate(7)),
                                    date(rows.getDate(8)),
                                    text(rows.getString(9))));
                    lines++;
                }
            }
            writer.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("the SPOLIS export could not read the decisions", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                actor,
                AuditAction.SPOLIS_EXPORTED,
                AuditSubject.REPORT,
                null,
                from + ".." + to + ": " + lines + " decisions");
        long written = lines;
        LOG.info(() -> "SPOLIS export " + from + ".." + to + " by " + actor + ": " + written + " decisions");
        return lines;
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(';');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write(LINE_END);
    }

    /**
     * A field as written: formula-like text neutralised ({@link SpreadsheetText}), quoted when it
     * holds the separator, a quote or a line break.
     */
    static String field(String raw) {
        String value = SpreadsheetText.neutralised(raw);
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String amount(BigDecimal value) {
        return value == null
                ? ""
                : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(Date value) {
        return value == null ? "" : value.toLocalDate().toString();
    }
}
