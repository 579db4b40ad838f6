package lv.socialais.benchmark.drill;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault drills (deploy/drills.sh): the product as a two-node cluster under a steady load of
 * signed e-applications, each sent twice, and during the load, one after the other: the
 * registers down, MariaDB killed with kill -9 (the launcher starts it again), one node killed
 * with kill -9. At the end it counts what the clients saw accepted against what was stored, and
 * waits for every register query to be answered. Prints one table; exits 1 if anything was lost,
 * stored twice or left unanswered.
 */
public final class FaultDrills {

    private static final String REALISTIC_REGISTERS = "register=ALL&mode=DELAY&delayMillis=50&maxDelayMillis=300";
    private static final String REGISTERS_DOWN = "register=ALL&mode=HTTP_503";
    private static final String DATABASE_BACK = "The embedded MariaDB runs again";

    private final DrillSettings settings;
    private final List<Phase> phases = new ArrayList<>();
    private final AtomicReference<Phase> current = new AtomicReference<>();

    private FaultDrills(DrillSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        boolean clean = new FaultDrills(DrillSettings.fromSystemProperties()).run();
        System.exit(clean ? 0 : 1);
    }

    private boolean run() throws Exception {
        try (DrillProduct product = DrillProduct.start(settings)) {
            say("Starting the product as a cluster of two nodes at " + product.url() + " (log "
                    + settings.results().resolve("product.log") + ")");
            product.awaitOutput("is ready: ", Duration.ofMinutes(8));
            product.simulatedRegisters(settings.nodes(), REALISTIC_REGISTERS);
            begin("normal load");
            Submissions load = new Submissions(product.url(), current);
            load.start(settings.clients());
            pause(settings.calm());

            begin("registers down (HTTP 503)");
            product.simulatedRegisters(settings.nodes(), REGISTERS_DOWN);
            pause(settings.fault());
            product.simulatedRegisters(settings.nodes(), REALISTIC_REGISTERS);
            begin("after the registers came back");
            pause(settings.calm());

            begin("MariaDB killed (kill -9), started again by the launcher");
            Instant killed = Instant.now();
            say("kill -9 of MariaDB, pid " + product.killDatabase());
            product.awaitOutput(DATABASE_BACK, Duration.ofMinutes(3));
            Duration databaseDown = Duration.between(killed, Instant.now());
            say("MariaDB answers again after " + databaseDown.toMillis() + " ms");
            pause(settings.calm());
            begin("after the database came back");
            pause(settings.calm());

            begin("node-2 killed (kill -9)");
            say("kill -9 of node-2, pid " + product.killNode("node-2"));
            pause(settings.calm());
            begin("one node left");
            pause(settings.calm());

            load.stop();
            current.get().end();
            say("Load stopped; waiting for every register query to be answered");
            DrillCount count;
            try (Connection db = product.database()) {
                count = DrillCount.of(db, load, settings.recovery());
            }
            String report = report(count, load, databaseDown);
            System.out.println(report);
            Files.writeString(settings.results().resolve("drills.md"), report);
            return count.clean();
        }
    }

    private void begin(String name) {
        Phase previous = current.get();
        if (previous != null) {
            previous.end();
        }
        Phase phase = new Phase(name);
        phases.add(phase);
        current.set(phase);
        say("— " + name);
    }

    private String report(DrillCount count, Submissions load, Duration databaseDown) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Fault drills: %d clients, each submission sent twice; faults of %d s, %d s of calm around each.%n%n",
                settings.clients(),
                settings.fault().toSeconds(),
                settings.calm().toSeconds()));
        out.append("| phase | seconds | messages sent | accepted | errors seen by clients |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (Phase phase : phases) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %d | %d | %d |%n",
                    phase.name(),
                    phase.length().toMillis() / 1000.0,
                    phase.sent(),
                    phase.accepted(),
                    phase.errors()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nMariaDB was down for %.1f s (kill -9 until the launcher had it running again).%n",
                databaseDown.toMillis() / 1000.0));
        out.append(String.format(
                Locale.ROOT,
                "Submissions the clients saw accepted: %d (and their second message accepted: %d); applications stored: %d.%n",
                count.accepted(),
                load.secondsAccepted(),
                count.stored()));
        out.append(String.format(
                Locale.ROOT,
                "Lost: %d. Stored twice: %d. Second message answered with another number: %d. Stored but never"
                        + " seen accepted: %d. Given up by a client: %d.%n",
                count.lost(),
                count.duplicates(),
                count.answeredDifferently(),
                count.storedUnaccepted(),
                count.givenUp()));
        out.append(String.format(
                Locale.ROOT,
                "Register queries: %d; answered: %d (answers kept: %d); still pending: %d; given up: %d; asked again"
                        + " after a failure: %d times; the last answered %.0f s after the load stopped.%n",
                count.queries(),
                count.queriesAnswered(),
                count.evidence(),
                count.queriesPending(),
                count.queriesFailed(),
                count.askedAgain(),
                count.recovery().toMillis() / 1000.0));
        out.append(
                count.clean()
                        ? "Nothing lost, nothing stored twice, every query answered.\n"
                        : "NOT CLEAN: see above.\n");
        return out.toString();
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
