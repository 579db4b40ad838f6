package lv.socialais.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import lv.socialais.database.SchemaMigration;
import lv.socialais.deploy.database.EmbeddedDatabaseException;
import lv.socialais.deploy.database.EmbeddedMariaDb;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The product's database as the launcher sees it: the embedded MariaDB it starts itself, or
 * the external one named by DB_URL. Either way it is reachable and migrated before the
 * application server starts. The embedded one is started again whenever it ends by itself.
 */
final class Database implements AutoCloseable {

    private static final String EMBEDDED_NAME = "socialais";

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedMariaDb embedded;

    private Database(String url, String user, String password, EmbeddedMariaDb embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static Database embedded(Settings settings) {
        Path folder = settings.dataDir().resolve("mariadb");
        String password = embeddedPassword(settings.dataDir());
        EmbeddedMariaDb server;
        try {
            server = EmbeddedMariaDb.start(folder, settings.embeddedDbPort());
        } catch (EmbeddedDatabaseException e) {
            throw new StartupFailure(e.getMessage() + "; check EMBEDDED_DB_PORT and DATA_DIR (" + folder + ")", e);
        }
        try {
            server.ensureDatabase(EMBEDDED_NAME, settings.dbUser(), password);
            // A crashed or killed database comes back by itself; the nodes' pools reconnect.
            server.restartWhenEnded(
                    () -> server.ensureDatabase(EMBEDDED_NAME, settings.dbUser(), password), System.out::println);
        } catch (RuntimeException e) {
            server.close();
            throw new StartupFailure(e.getMessage(), e);
        }
        return new Database(server.jdbcUrl(EMBEDDED_NAME), settings.dbUser(), password, server);
    }

    static Database external(Settings settings) {
        String password = settings.dbPassword()
                .orElseThrow(() -> new StartupFailure(
                        "DB_URL is set but DB_PASSWORD is not; set DB_PASSWORD for user " + settings.dbUser()));
        Database database = new Database(settings.dbUrl().orElseThrow(), settings.dbUser(), password, null);
        database.requireReachable();
        return database;
    }

    /** The embedded database's password: made on the first start, kept in the data folder only. */
    private static String embeddedPassword(Path dataDir) {
        Path file = dataDir.resolve("embedded-db.password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, password);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return password;
        } catch (IOException e) {
            throw new StartupFailure(
                    "cannot write to the data folder " + dataDir + " (" + e.getMessage() + "); set DATA_DIR", e);
        }
    }

    private void requireReachable() {
        try (Connection connection = dataSource().getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StartupFailure(
                    "the database at DB_URL=" + url + " cannot be reached as " + user + " ("
                            + e.getMessage().lines().findFirst().orElse("")
                            + "); check DB_URL, DB_USER and DB_PASSWORD",
                    e);
        }
    }

    /** Applies the pending migrations; a failure stops the start before anything serves. */
    MigrateResult migrate() {
        try {
            return SchemaMigration.migrate(dataSource());
        } catch (FlywayException e) {
            throw new StartupFailure(
                    "the database migration failed, nothing was started ("
                            + e.getMessage().lines().findFirst().orElse("") + ")",
                    e);
        }
    }

    private MariaDbDataSource dataSource() {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        } catch (SQLException e) {
            throw new StartupFailure("DB_URL is not a MariaDB JDBC URL: " + url, e);
        }
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
