package lv.socialais.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The pages at full speed: {@code benchmark.users} visitors at once, each asking again as soon as
 * he has the answer, for {@code benchmark.seconds}. One scenario per run ({@code
 * benchmark.scenario}): {@code static} (a CSS file, the limit), {@code catalogue} (the public
 * catalogue and a search), {@code mine} (a signed-in resident's "My applications").
 */
public class PagesSimulation extends Simulation {

    private static final String RESIDENT = "290179-12639";

    private final Settings settings = Settings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.url())
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("lv")
            .userAgentHeader("socialais-benchmark (Gatling)")
            // Every request a full answer, as a first visit: a conditional request's 304 would
            // measure the cache, not the page.
            .disableCaching();

    {
        setUp(workload().injectOpen(atOnceUsers(settings.users()))).protocols(protocol);
    }

    private ScenarioBuilder workload() {
        Duration seconds = Duration.ofSeconds(settings.seconds());
        return switch (settings.scenario()) {
            case "static" ->
                scenario("static")
                        .during(seconds)
                        .on(exec(http("static file")
                                .get("/resources/css/portal.css")
                                .check(status().is(200))));
            case "catalogue" ->
                scenario("catalogue")
                        .during(seconds)
                        .on(exec(http("catalogue").get("/").check(status().is(200)))
                                .exec(http("catalogue search")
                                        .get("/?q=m%C4%81jok%C4%BCa")
                                        .check(status().is(200))));
            case "mine" ->
                scenario("my applications")
                        .exec(signIn())
                        .during(seconds)
                        .on(exec(http("my applications")
                                .get("/resident/applications.xhtml")
                                .check(status().is(200), css("h1").is("Mani iesniegumi"))));
            default -> throw new IllegalArgumentException("no scenario " + settings.scenario());
        };
    }

    /** The development stand-in for eID: the form posted with its view state and the page's CSP nonce. */
    private static ChainBuilder signIn() {
        // Each resident from an address of his own, as the load balancer names him: the sign-in
        // limit per client address (SIGN_IN_ATTEMPTS_PER_MINUTE) is the product's, not the test's.
        return exec(session ->
                        session.set("client", "10.1." + (session.userId() / 250) + "." + (session.userId() % 250 + 1)))
                .exec(http("sign-in page")
                        .get("/signin/index.xhtml")
                        .check(
                                css("input[name='jakarta.faces.ViewState']", "value")
                                        .saveAs("viewState"),
                                header("Content-Security-Policy")
                                        .transform(csp -> csp.replaceAll(".*'nonce-([^']+)'.*", "$1"))
                                        .saveAs("nonce")))
                .exec(http("sign in")
                        .post("/signin/index.xhtml")
                        .header("X-Forwarded-For", "#{client}")
                        .formParam("signin", "signin")
                        .formParam("signin:code", RESIDENT)
                        .formParam("signin:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), regex("Mani iesniegumi").exists()));
    }
}
