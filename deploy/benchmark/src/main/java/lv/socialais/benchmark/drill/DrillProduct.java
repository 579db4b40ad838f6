package lv.socialais.benchmark.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The product as the drill runs it: the launcher jar started as a user starts it, a local
 * cluster of two nodes behind HAProxy on the embedded MariaDB, and the processes the faults
 * are done to (found among the launcher's descendants, as an operator would find them).
 */
final class DrillProduct implements AutoCloseable {

    private final Process launcher;
    private final Path log;
    private final Path dataDir;
    private final int httpPort;
    private final int dbPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DrillProduct(Process launcher, Path log, Path dataDir, int httpPort, int dbPort) {
        this.launcher = launcher;
        this.log = log;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.dbPort = dbPort;
    }

    static DrillProduct start(DrillSettings settings) throws IOException {
        Files.createDirectories(settings.results());
        Path log = settings.results().resolve("product.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        settings.launcherJar().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DB_URL");
        environment.put("HTTP_PORT", String.valueOf(settings.httpPort()));
        environment.put("EMBEDDED_DB_PORT", String.valueOf(settings.dbPort()));
        environment.put("DATA_DIR", settings.dataDir().toString());
        environment.put("NODES", String.valueOf(settings.nodes()));
        environment.put("CLUSTER_PORT", String.valueOf(settings.clusterPort()));
        return new DrillProduct(builder.start(), log, settings.dataDir(), settings.httpPort(), settings.dbPort());
    }

    String url() {
        return "http://localhost:" + httpPort;
    }

    /** Waits for the launcher's line that says so much, or fails when it ends first. */
    void awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the product ended before '" + text + "'; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no '" + text + "' within " + timeout + "; see " + log);
            }
            Thread.sleep(200);
        }
    }

    private String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Sets every simulated register of every node still running (each node serves its own). */
    void simulatedRegisters(int nodes, String form) throws IOException, InterruptedException {
        for (int node = 1; node <= nodes; node++) {
            try {
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + (httpPort + node) + "/simulator/control"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException killed) {
                // a node the drill has killed has no simulator left to set
            }
        }
    }

    /** kill -9 of the embedded MariaDB; answers its process id. */
    long killDatabase() {
        return kill(process -> command(process).matches(".*/(mariadbd|mysqld)$")
                && arguments(process).contains("--port=" + dbPort));
    }

    /** kill -9 of a Payara Micro node ("node-2"); answers its process id. */
    long killNode(String name) {
        return kill(process -> command(process).endsWith("/java")
                && arguments(process).contains("--name")
                && arguments(process).indexOf(name) == arguments(process).indexOf("--name") + 1);
    }

    private long kill(Predicate<ProcessHandle> which) {
        ProcessHandle process = launcher.descendants()
                .filter(which)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no such process among the launcher's"));
        process.destroyForcibly();
        process.onExit().join();
        return process.pid();
    }

    private static String command(ProcessHandle process) {
        return process.info().command().orElse("");
    }

    private static List<String> arguments(ProcessHandle process) {
        return List.of(process.info().arguments().orElse(new String[0]));
    }

    Connection database() throws IOException, SQLException {
        String password =
                Files.readString(dataDir.resolve("embedded-db.password")).strip();
        return DriverManager.getConnection("jdbc:mariadb://localhost:" + dbPort + "/socialais", "socialais", password);
    }

    /** SIGTERM, as Ctrl-C would: the launcher stops the nodes, HAProxy and the database. */
    @Override
    public void close() throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
