package lv.socialais.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Payara Micro in a child process, serving the portal at / and, in the embedded default, the
 * register simulator at /simulator. The database settings reach it as environment variables,
 * never on a command line that any user of the machine could read.
 */
final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Process process;
    private final String name;
    private final int port;
    private final DeploymentWatch deployment;

    private PayaraMicroProcess(Process process, String name, int port) {
        this.process = process;
        this.name = name;
        this.port = port;
        this.deployment = DeploymentWatch.start(process.getInputStream());
    }

    /** Starts node 1..N (node 1 alone, unless NODES asks for a local cluster). */
    static PayaraMicroProcess start(Settings settings, Path runtime, Database database, int node) {
        int port = settings.nodePort(node);
        String name = "node-" + node;
        Path rootDir = settings.dataDir().resolve(settings.localCluster() ? "payara-" + node : "payara");
        deleteRecursively(rootDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(settings.jvmOptions().trim().split("\\s+")));
        command.add("-Duser.timezone=Europe/Riga");
        command.add("-Djava.io.tmpdir=" + rootDir);
        command.addAll(List.of(
                "-jar",
                runtime.resolve("payara-micro.jar").toString(),
                "--port",
                String.valueOf(port),
                "--name",
                name,
                "--rootdir",
                rootDir.toString(),
                "--disablephonehome",
                "--prebootcommandfile",
                runtime.resolve("pre-boot-commands.txt").toString(),
                "--deploy",
                runtime.resolve("portal.war") + ":/"));
        if (settings.registerSimulator()) {
            command.addAll(List.of("--deploy", runtime.resolve("simulator.war") + ":/simulator"));
        }
        if (settings.localCluster()) {
            // Payara Micro's own clustering (Hazelcast): sessions replicated, members named, loopback only.
            command.addAll(List.of(
                    "--clustername",
                    settings.localClusterName(),
                    "--clustermode",
                    "tcpip:" + settings.localClusterMembers(),
                    "--startport",
                    String.valueOf(settings.clusterPort() + node - 1),
                    "--interfaces",
                    "127.0.0.1"));
        } else if (settings.clusterName().isPresent()) {
            command.addAll(List.of("--clustername", settings.clusterName().get()));
            settings.clusterMembers()
                    .ifPresent(members -> command.addAll(List.of("--clustermode", "tcpip:" + members)));
        } else {
            command.add("--nocluster");
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("DB_URL", database.url());
        builder.environment().put("DB_USER", database.user());
        builder.environment().put("DB_PASSWORD", database.password());
        builder.environment().put("NODE_NAME", name); // who claimed a register query, in the outbox
        if (settings.embeddedDatabase()) {
            // The embedded default is a development installation: its staff users are made at
            // start-up and residents sign in through the eID stand-in. A production start (DB_URL)
            // never gets them: ProductionSettings refuses it when they are asked for.
            builder.environment().putIfAbsent("DEV_STAFF_USERS", "true");
            builder.environment().putIfAbsent("RESIDENT_SIGN_IN", "development");
        }
        if (settings.registerSimulator()) {
            // Development: messages are signed with the key stores the build made, and the
            // registers are the simulator deployed next to the portal, unless configured otherwise.
            Path keys = runtime.resolve("keystores");
            builder.environment()
                    .putIfAbsent("WSS_KEYSTORE", keys.resolve("socialais.p12").toString());
            builder.environment().putIfAbsent("WSS_KEYSTORE_PASSWORD", "development");
            builder.environment()
                    .putIfAbsent("WSS_TRUSTSTORE", keys.resolve("dev-trust.p12").toString());
            builder.environment().putIfAbsent("WSS_TRUSTSTORE_PASSWORD", "development");
            builder.environment()
                    .putIfAbsent(
                            "SOAP_CONSUMERS", keys.resolve("soap-consumers.txt").toString());
            for (String register : new String[] {"PMLP", "NVA", "VSAA"}) {
                builder.environment()
                        .putIfAbsent(
                                "REGISTER_" + register + "_URL",
                                "http://localhost:" + port + "/simulator/soap/"
                                        + register.toLowerCase(java.util.Locale.ROOT));
            }
        }
        // The launcher has migrated already; the application's own check is then a no-op.
        try {
            Files.createDirectories(rootDir);
            return new PayaraMicroProcess(builder.start(), name, port);
        } catch (IOException e) {
            throw new StartupFailure("cannot start Payara Micro (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Waits until the portal answers and reports its database ready. Fails at once if Payara
     * Micro exits or a deployment fails, and when the portal did not answer in time: the server's
     * own "ready" line is not proof, since Micro reports it even when a deployment failed.
     */
    void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StartupFailure("Payara Micro stopped with exit code " + process.exitValue()
                        + " (see its log above); check HTTP_PORT and PAYARA_JVM_OPTIONS");
            }
            if (deployment.failure().isPresent()) {
                throw new StartupFailure("the portal failed to deploy: "
                        + deployment.failure().get() + " (the server log above has the details)");
            }
            if (answers(http, "/health/ready", "\"database\"") && answers(http, "/", "")) {
                return;
            }
            sleep(POLL);
        }
        throw new StartupFailure(
                "the portal did not become ready within " + timeout.toSeconds()
                        + " s (see the server log above for a failed deployment); raise STARTUP_TIMEOUT_SECONDS if the machine is slow");
    }

    private boolean answers(HttpClient http, String path, String expected) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(expected);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    /** Calls back with the exit code when the process ends, however it ends. */
    void onExit(IntConsumer callback) {
        process.onExit().thenAccept(ended -> callback.accept(ended.exitValue()));
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Asks Payara Micro to shut down, and ends it after 30 s if it has not. */
    @Override
    public void close() {
        ChildProcess.stop(process, Duration.ofSeconds(30));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while waiting for the portal");
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new StartupFailure(
                    "cannot clean the server folder " + folder + " (" + e.getMessage() + "); set DATA_DIR", e);
        }
    }
}
