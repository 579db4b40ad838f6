package lv.socialais.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The state portal filing signed e-applications through {@code /soap/intake} as fast as the
 * service answers: {@code benchmark.users} clients at once for {@code benchmark.seconds}, each
 * sending the envelopes the benchmark signed ahead into {@code benchmark.envelopes}. Every
 * answer must be an acceptance with a registration number. With {@code benchmark.eachOnce} the
 * clients send every envelope signed ahead once and stop: the city-year replay.
 */
public class IntakeSimulation extends Simulation {

    public IntakeSimulation() throws IOException {
        Settings settings = Settings.fromSystemProperties();
        SignedApplications applications =
                new SignedApplications(Path.of(System.getProperty("benchmark.envelopes", "envelopes.txt")));
        HttpRequestActionBuilder submit = http("SubmitEApplication")
                .post("/soap/intake")
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .body(CoreDsl.StringBody("#{envelope}"))
                .check(status().is(200), substring("registrationNumber").exists());
        ScenarioBuilder intake = Boolean.getBoolean("benchmark.eachOnce")
                // A replay: every envelope signed ahead sent once, and no other.
                ? scenario("signed SOAP intake, each once")
                        .exec(session -> session.set("done", false))
                        .asLongAs(session -> !session.getBoolean("done"))
                        .on(exec(session -> applications
                                        .nextSignedAhead()
                                        .map(envelope -> session.set("envelope", envelope)
                                                .set("done", false))
                                        .orElseGet(() -> session.set("done", true)))
                                .doIf(session -> !session.getBoolean("done"))
                                .then(exec(submit)))
                : scenario("signed SOAP intake")
                        .during(Duration.ofSeconds(settings.seconds()))
                        .on(feed(applications.feeder()).exec(submit));
        setUp(intake.injectOpen(atOnceUsers(settings.users())))
                .protocols(http.baseUrl(settings.url()).shareConnections());
    }
}
