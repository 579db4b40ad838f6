package lv.socialais.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The register simulator war in a Payara Micro process of its own, for the tests. */
public final class SimulatorProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;

    private SimulatorProcess(Process process) {
        this.process = process;
    }

    static SimulatorProcess start(Path microJar, Path war, int port, Path rootDir) {
        try {
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx384m",
                            "-Djava.io.tmpdir=" + rootDir,
                            "-jar",
                            microJar.toString(),
                            "--nocluster",
                            "--disablephonehome",
                            "--port",
                            String.valueOf(port),
                            "--rootdir",
                            rootDir.toString(),
                            "--deploy",
                            war + ":/simulator"))
                    .redirectErrorStream(true)
                    .redirectOutput(rootDir.resolveSibling("simulator.log").toFile())
                    .start();
            SimulatorProcess simulator = new SimulatorProcess(process);
            simulator.awaitReady(port);
            return simulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the register simulator", e);
        }
    }

    private void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the register simulator stopped; see target/simulator.log");
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/simulator/control"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    warmUp(http, port);
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Wait.pause(Duration.ofMillis(300));
        }
        close();
        throw new IllegalStateException("the register simulator did not start within " + STARTUP);
    }

    /**
     * Asks each register for its contract once: a cold Payara makes its SOAP endpoints on their
     * first request, which on a busy machine can take longer than the product's register timeout
     * (5 s), and the first test to ask a register would then see a simulator's warm-up as a fault.
     */
    private static void warmUp(HttpClient http, int port) throws IOException, InterruptedException {
        for (String register : List.of("pmlp", "nva", "vsaa")) {
            http.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/simulator/soap/" + register + "?wsdl"))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
