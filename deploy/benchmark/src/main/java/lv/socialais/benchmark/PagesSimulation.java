package lv.socialais.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

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

    private final HttpProtocolBuilder protocol = Jsf.browser(settings.url());

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
                        .exec(session -> session.set("code", RESIDENT))
                        .exec(Jsf.residentSignIn())
                        .during(seconds)
                        .on(exec(http("my applications")
                                .get("/resident/applications.xhtml")
                                .check(status().is(200), css("h1").is("Mani iesniegumi"))));
            default -> throw new IllegalArgumentException("no scenario " + settings.scenario());
        };
    }
}
