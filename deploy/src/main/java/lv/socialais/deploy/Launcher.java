package lv.socialais.deploy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import lv.socialais.database.SchemaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Starts the product with one command: the database (embedded MariaDB by default, or the
 * external one named by DB_URL), the schema migrations, and Payara Micro with the portal and
 * the register simulator. Ctrl-C stops all of it, the database last.
 * <p>
 * Any failure to start ends with one line naming the cause and the setting to change, after
 * stopping whatever had been started, so no process is left behind.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.load(System.getenv());
        } catch (StartupFailure e) {
            fail(e);
            return;
        }
        Running running = new Running();
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "launcher-shutdown"));
        try {
            start(settings, running);
            int exit = running.payara.waitForExit();
            if (!running.stopping.get()) {
                System.err.println("Payara Micro ended by itself (exit code " + exit + "); stopping the database.");
                running.stop();
                System.exit(exit == 0 ? 1 : exit);
            }
        } catch (StartupFailure e) {
            running.stop();
            fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void start(Settings settings, Running running) {
        Path runtime = runtimeFolder();
        Ports.requireFree(settings.httpPort(), "HTTP_PORT", false);
        if (settings.embeddedDatabase()) {
            Ports.requireFree(settings.embeddedDbPort(), "EMBEDDED_DB_PORT", true);
            say("Starting the embedded MariaDB on port " + settings.embeddedDbPort() + ", data in "
                    + settings.dataDir());
            running.database = Database.embedded(settings);
        } else {
            say("Using the external database at " + settings.dbUrl().orElseThrow());
            running.database = Database.external(settings);
        }
        MigrateResult migration = running.database.migrate();
        say(SchemaMigration.describe(migration));
        say("Starting Payara Micro on port " + settings.httpPort());
        running.payara = PayaraMicroProcess.start(settings, runtime, running.database);
        running.payara.awaitReady(settings.startupTimeout());
        String base = "http://localhost:" + settings.httpPort();
        say("");
        say("Sociālais portāls is ready: " + base + "/   (health " + base + "/health, metrics " + base + "/metrics"
                + (settings.registerSimulator() ? ", register simulator " + base + "/simulator/" : "") + ")");
        if (settings.embeddedDatabase()) {
            // The password itself is in the README: no password is ever written to a log.
            say(
                    "Development staff logins (the password is the README's, or DEV_STAFF_PASSWORD): registrators (front desk),"
                            + " ilze (caseworker, social assistance), anna (caseworker, families with children), vaditaja (supervisor),"
                            + " admins (administrator)");
        }
        say("Press Ctrl-C to stop.");
    }

    /** The wars and Payara Micro, copied by the build into runtime/ next to the launcher jar. */
    private static Path runtimeFolder() {
        try {
            Path jar = Path.of(Launcher.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path runtime = jar.getParent().resolve("runtime");
            if (!Files.isRegularFile(runtime.resolve("portal.war"))
                    || !Files.isRegularFile(runtime.resolve("payara-micro.jar"))) {
                throw new StartupFailure("the build output is incomplete: " + runtime
                        + " lacks portal.war or payara-micro.jar; run the build first");
            }
            return runtime;
        } catch (URISyntaxException e) {
            throw new StartupFailure("cannot locate the launcher jar", e);
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }

    private static void fail(StartupFailure e) {
        System.err.println("Cannot start Sociālais portāls: " + e.getMessage());
        System.exit(2);
    }

    /** What has been started so far, stopped in reverse order exactly once. */
    private static final class Running {
        private final AtomicBoolean stopping = new AtomicBoolean();
        private volatile Database database;
        private volatile PayaraMicroProcess payara;

        void stop() {
            if (!stopping.compareAndSet(false, true)) {
                return;
            }
            if (payara != null) {
                payara.close();
            }
            if (database != null) {
                database.close();
                say("Stopped.");
            }
        }
    }
}
