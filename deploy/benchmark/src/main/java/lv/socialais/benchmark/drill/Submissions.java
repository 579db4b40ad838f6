package lv.socialais.benchmark.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.socialais.portal.testing.SignedEnvelope;

/**
 * The state portal under the drill: clients that file signed e-applications through the
 * balancer one after the other, each one twice (two messages of the same submission key, as a
 * portal that did not hear the first answer sends it again), and that retry a submission the
 * service did not accept, with a new message, until it is accepted. What each client saw
 * accepted is kept, to be counted against what was stored.
 */
final class Submissions {

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("<(?:\\w+:)?registrationNumber>([^<]+)</");
    private static final Duration PAUSE_AFTER_ERROR = Duration.ofSeconds(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private final URI intake;
    private final AtomicReference<Phase> phase;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;

    /** Submission key → the registration number the first acceptance named. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    /** Keys whose second message was answered with another registration number than the first. */
    private final Set<String> answeredDifferently = ConcurrentHashMap.newKeySet();
    /** Keys the clients gave up on, unaccepted after three minutes of retries. */
    private final Set<String> givenUp = ConcurrentHashMap.newKeySet();

    private final AtomicLong secondsAccepted = new AtomicLong();

    Submissions(String url, AtomicReference<Phase> phase) {
        this.intake = URI.create(url + "/soap/intake");
        this.phase = phase;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            Thread client = new Thread(this::fileUntilStopped, "drill-client-" + i);
            client.start();
            clients.add(client);
        }
    }

    /** Lets each client finish the submission it is at (both messages), then ends them. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join();
        }
    }

    Map<String, String> accepted() {
        return accepted;
    }

    Set<String> answeredDifferently() {
        return answeredDifferently;
    }

    Set<String> givenUp() {
        return givenUp;
    }

    long secondsAccepted() {
        return secondsAccepted.get();
    }

    private void fileUntilStopped() {
        while (running) {
            String key = "drill-" + UUID.randomUUID();
            Optional<String> first = untilAccepted(key);
            if (first.isEmpty()) {
                givenUp.add(key);
                continue;
            }
            accepted.put(key, first.get());
            Optional<String> second = untilAccepted(key); // every submission twice
            if (second.isEmpty()) {
                givenUp.add(key);
            } else {
                secondsAccepted.incrementAndGet();
                if (!second.get().equals(first.get())) {
                    answeredDifferently.add(key);
                }
            }
        }
    }

    private Optional<String> untilAccepted(String key) {
        Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> number = send(key);
            phase.get().sent(number.isPresent());
            if (number.isPresent()) {
                return number;
            }
            try {
                Thread.sleep(PAUSE_AFTER_ERROR.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** One message: a new message id and signature, the submission's key. */
    private Optional<String> send(String key) {
        try {
            String envelope = SignedEnvelope.signedGmiEApplication(key);
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(intake)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher number = REGISTRATION_NUMBER.matcher(answer.body());
            return answer.statusCode() == 200 && number.find() ? Optional.of(number.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // refused, reset or timed out: the fault the client sees
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with the development key (WSS_TRUSTSTORE?)", e);
        }
    }
}
