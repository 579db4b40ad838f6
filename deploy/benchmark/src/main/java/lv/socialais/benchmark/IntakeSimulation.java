package lv.socialais.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The state portal filing signed e-applications through {@code /soap/intake} as fast as the
 * service answers: {@code benchmark.users} clients at once for {@code benchmark.seconds}. Every
 * answer must be an acceptance with a registration number.
 */
public class IntakeSimulation extends Simulation {

    private final Settings settings = Settings.fromSystemProperties();
    private final SignedApplications applications =
            new SignedApplications(Integer.getInteger("benchmark.signAhead", 2000));

    {
        setUp(scenario("signed SOAP intake")
                        .during(Duration.ofSeconds(settings.seconds()))
                        .on(feed(applications.feeder())
                                .exec(http("SubmitEApplication")
                                        .post("/soap/intake")
                                        .header("Content-Type", "text/xml; charset=UTF-8")
                                        .header("SOAPAction", "\"\"")
                                        .body(CoreDsl.StringBody("#{envelope}"))
                                        .check(
                                                status().is(200),
                                                substring("registrationNumber").exists())))
                        .injectOpen(atOnceUsers(settings.users())))
                .protocols(http.baseUrl(settings.url()).shareConnections());
    }
}
