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
import java.util.List;

/**
 * HAProxy (Debian's) in front of the nodes of a local cluster, at HTTP_PORT: sticky sessions
 * by a cookie naming the node, health checks on /health/ready, and a request whose node is gone
 * sent to another node, where the replicated session goes on. Its log is haproxy.log in DATA_DIR.
 */
final class LoadBalancer implements AutoCloseable {

    private final Process process;

    private LoadBalancer(Process process) {
        this.process = process;
    }

    static LoadBalancer start(Settings settings, List<PayaraMicroProcess> nodes) {
        Path config = settings.dataDir().resolve("haproxy.cfg");
        try {
            Files.writeString(config, config(settings.httpPort(), nodes));
            Process process = new ProcessBuilder(executable(settings.haproxy()), "-f", config.toString(), "-db")
                    .redirectErrorStream(true)
                    .redirectOutput(settings.dataDir().resolve("haproxy.log").toFile())
                    .start();
            LoadBalancer balancer = new LoadBalancer(process);
            balancer.awaitAnswer(settings.httpPort(), Duration.ofSeconds(30));
            return balancer;
        } catch (IOException e) {
            throw new StartupFailure(
                    "cannot start HAProxy (" + e.getMessage() + "); install it (apt-get install"
                            + " haproxy) or name its binary in HAPROXY",
                    e);
        }
    }

    static String config(int port, List<PayaraMicroProcess> nodes) {
        StringBuilder servers = new StringBuilder();
        for (PayaraMicroProcess node : nodes) {
            servers.append("    server ")
                    .append(node.name())
                    .append(" 127.0.0.1:")
                    .append(node.port())
                    .append(" check inter 1s fall 2 rise 2 cookie ")
                    .append(node.name())
                    .append('\n');
        }
        return """
                global
                    maxconn 4096

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    # A request whose node has gone is sent to another one, where the session goes on.
                    retries 3
                    option redispatch

                frontend portal
                    bind :%d
                    # An upgrade to cleartext HTTP/2 would tunnel past the cookie and the checks.
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    default_backend nodes

                backend nodes
                    balance roundrobin
                    cookie NODE insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-check expect status 200
                %s""".formatted(port, servers);
    }

    /** The binary named by HAPROXY, looked for also in /usr/sbin, where Debian puts it (often not on PATH). */
    private static String executable(String named) {
        if (named.contains("/")) {
            return named;
        }
        Path debian = Path.of("/usr/sbin", named);
        return Files.isExecutable(debian) ? debian.toString() : named;
    }

    private void awaitAnswer(int port, Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StartupFailure("HAProxy stopped with exit code " + process.exitValue()
                        + " (see haproxy.log in DATA_DIR); check HTTP_PORT");
            }
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted while waiting for HAProxy");
            }
            sleep();
        }
        throw new StartupFailure("HAProxy did not pass requests to the nodes within " + timeout.toSeconds() + " s");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while waiting for HAProxy");
        }
    }

    @Override
    public void close() {
        ChildProcess.stop(process, Duration.ofSeconds(10));
    }
}
