package lv.socialais.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A launcher process, as a user starts it, its output, and every process it started. */
record Launched(Process process, Path log, int httpPort, int dbPort) {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /** Starts the launcher jar on ports of its own, with the embedded database in the data folder. */
    static Launched start(int httpPort, int dbPort, Path dataDir, Map<String, String> extraEnvironment)
            throws IOException {
        Path log = Files.createTempFile("launcher", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        System.getProperty("launcher.jar")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DB_URL");
        environment.put("HTTP_PORT", String.valueOf(httpPort));
        environment.put("EMBEDDED_DB_PORT", String.valueOf(dbPort));
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("PAYARA_JVM_OPTIONS", "-Xmx512m");
        environment.putAll(extraEnvironment);
        return new Launched(builder.start(), log, httpPort, dbPort);
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    void awaitOutput(String text) throws Exception {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the launcher ended before '" + text + "':\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no '" + text + "' within " + READY_TIMEOUT + ":\n" + output());
            }
            Thread.sleep(250);
        }
    }

    /** The process id of a node, as the launcher reports it when starting the node. */
    long pidOf(String node) throws IOException {
        Matcher started = Pattern.compile("Starting Payara Micro " + node + " on port \\d+ \\(pid (\\d+)")
                .matcher(output());
        assertTrue(started.find(), "the launcher names " + node + "'s process");
        return Long.parseLong(started.group(1));
    }

    int awaitExit() throws Exception {
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher ends by itself");
        return process.exitValue();
    }

    /** SIGTERM, as Ctrl-C or a service manager would stop it. */
    void stop() throws Exception {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the launcher stops within 90 s");
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        assertTrue(output().contains("Stopped."), "the launcher reports a clean stop");
    }

    void assertNothingLeftRunning() {
        assertEquals(
                List.of(),
                process.descendants().filter(ProcessHandle::isAlive).toList(),
                "no MariaDB or Payara Micro process is left behind");
        assertFalse(
                ProcessHandle.allProcesses()
                        .anyMatch(p -> p.info().commandLine().orElse("").contains("--port=" + dbPort)),
                "no embedded MariaDB on the test port");
        assertFalse(
                ProcessHandle.allProcesses()
                        .anyMatch(p -> IntStream.rangeClosed(httpPort, httpPort + 4)
                                .anyMatch(port ->
                                        p.info().commandLine().orElse("").contains("--port " + port))),
                "no Payara Micro on the test ports (a single node, or the nodes of a cluster)");
    }
}
