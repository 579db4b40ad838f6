package lv.socialais.deploy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import lv.socialais.database.SchemaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Starts the product with one command: the database (embedded MariaDB by default, or the
 * external one named by DB_URL), the schema migrations (once, before any node), and Payara Micro
 * with the portal and the register simulator; with NODES=2 (up to 4), that many Payara Micro
 * nodes in one cluster behind HAProxy. Ctrl-C stops all of it, the database last.
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
            for (PayaraMicroProcess node : running.nodes) {
                node.onExit(exit -> {
                    if (!running.stopping.get() && settings.localCluster()) {
                        System.err.println(node.name() + " ended (exit code " + exit + "); the other nodes go on.");
                    }
                });
            }
            int exit = 0;
            for (PayaraMicroProcess node : running.nodes) {
                exit = node.waitForExit();
            }
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
        for (int node = 1; node <= settings.nodes(); node++) {
            Ports.requireFree(settings.nodePort(node), "HTTP_PORT", false);
            if (settings.localCluster()) {
                Ports.requireFree(settings.clusterPort() + node - 1, "CLUSTER_PORT", true);
            }
            PayaraMicroProcess started = PayaraMicroProcess.start(settings, runtime, running.database, node);
            running.nodes.add(started);
            say("Starting Payara Micro " + started.name() + " on port " + started.port() + " (pid " + started.pid()
                    + (settings.localCluster() ? ", cluster " + settings.localClusterName() : "") + ")");
            // One after the other, as a rolling start: what a node does once at start-up (the
            // development staff users) is then done by the first, and found done by the next.
            started.awaitReady(settings.startupTimeout());
        }
        if (settings.localCluster()) {
            say("Starting HAProxy on port " + settings.httpPort() + " in front of " + settings.nodes() + " nodes");
            running.loadBalancer = LoadBalancer.start(settings, running.nodes);
        }
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
        private final List<PayaraMicroProcess> nodes = new CopyOnWriteArrayList<>();
        private volatile Database database;
        private volatile LoadBalancer loadBalancer;

        void stop() {
            if (!stopping.compareAndSet(false, true)) {
                return;
            }
            if (loadBalancer != null) {
                loadBalancer.close();
            }
            nodes.forEach(PayaraMicroProcess::close);
            if (database != null) {
                database.close();
                say("Stopped.");
            }
        }
    }
}
