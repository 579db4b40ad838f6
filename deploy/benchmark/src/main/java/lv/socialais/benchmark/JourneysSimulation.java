package lv.socialais.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people at work, with think times ({@code benchmark.thinkMillis}, each pause between half
 * and one and a half of it): {@code benchmark.users} of them at once for {@code
 * benchmark.seconds}, each going round his journey. One journey per run ({@code
 * benchmark.scenario}):
 *
 * <ul>
 *   <li>{@code wizard}: a resident finds the housing benefit in the catalogue, signs in, fills the
 *       wizard with a household member, an income and an attachment, submits, downloads the
 *       receipt and looks at "My applications";
 *   <li>{@code frontdesk}: the front desk finds a walk-in applicant in the population register and
 *       files his housing benefit from the paper form;
 *   <li>{@code caseworker}: a caseworker opens the queue, takes an application no other caseworker
 *       of the run took, computes the benefit and decides as computed.
 * </ul>
 */
public class JourneysSimulation extends Simulation {

    /** The adult residents of the register simulator's population (its fixtures/persons.json). */
    private static final List<String> RESIDENTS = List.of(
            "140385-12712",
            "020790-11182",
            "231178-13550",
            "080142-11279",
            "300967-14128",
            "111272-15601",
            "050481-12339",
            "170293-13897",
            "250638-11451",
            "031084-12765",
            "210887-15310",
            "290179-12639",
            "150588-16072",
            "010349-11940",
            "271151-13858",
            "090791-14263",
            "180483-11576");

    private static final String HOUSEHOLD_MEMBER = "311299-10008";
    private static final String STAFF_PASSWORD = System.getProperty("benchmark.staffPassword", "Izstrade-2026");

    /** The applications the caseworkers of this run have taken: none is taken twice. */
    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

    private static final Pattern CASE_LINK = Pattern.compile("application\\.xhtml\\?id=(\\d+)");

    private final Settings settings = Settings.fromSystemProperties();
    private final long think = Long.getLong("benchmark.thinkMillis", 3000);

    private final HttpProtocolBuilder protocol = Jsf.browser(settings.url());

    {
        setUp(journey().injectOpen(atOnceUsers(settings.users()))).protocols(protocol);
    }

    // during(..., false): a journey begun is gone to its end, as a person does not leave a half-filled form for the
    // clock.
    private ScenarioBuilder journey() {
        Duration seconds = Duration.ofSeconds(settings.seconds());
        return switch (settings.scenario()) {
            case "wizard" ->
                scenario("resident wizard")
                        .exec(session -> resident(session))
                        .exec(Jsf.residentSignIn())
                        .during(seconds, false)
                        .on(residentFilesOnline());
            case "frontdesk" ->
                scenario("front desk walk-in")
                        .exec(session -> resident(session).set("staffUser", "registrators"))
                        .exec(Jsf.staffSignIn(STAFF_PASSWORD))
                        .during(seconds, false)
                        .on(frontDeskFilesAWalkIn());
            case "caseworker" ->
                scenario("caseworker")
                        .exec(session -> session.set("staffUser", "ilze"))
                        .exec(Jsf.staffSignIn(STAFF_PASSWORD))
                        .during(seconds, false)
                        .on(caseworkerDecidesOne());
            default -> throw new IllegalArgumentException("no journey " + settings.scenario());
        };
    }

    /** Each virtual resident one of the population, his personal code also as the earner of his income. */
    private static Session resident(Session session) {
        String code = RESIDENTS.get((int) (session.userId() % RESIDENTS.size()));
        return session.set("code", code).set("earner", code.replace("-", ""));
    }

    private ChainBuilder residentFilesOnline() {
        return exec(http("catalogue").get("/").check(status().is(200)))
                .pause(thinkMin(), thinkMax())
                .exec(http("catalogue search").get("/?q=m%C4%81jok%C4%BCa").check(substring("HOUSING_BENEFIT")))
                .pause(thinkMin(), thinkMax())
                .exec(wizardPage("wizard start", "/resident/apply.xhtml?type=HOUSING_BENEFIT"))
                .exec(housingBenefit("/resident/apply.xhtml", true))
                .exec(submit(
                        "wizard submit",
                        "/resident/apply.xhtml",
                        Map.of(),
                        currentLocationRegex("[?&]id=(\\d+)").saveAs("applicationId")))
                .exec(http("receipt PDF")
                        .get("/resident/receipt.pdf?id=#{applicationId}")
                        .check(status().is(200), substring("%PDF")))
                .pause(thinkMin(), thinkMax())
                .exec(http("my applications")
                        .get("/resident/applications.xhtml")
                        .check(substring("#{registrationNumber}")))
                .pause(thinkMin(), thinkMax());
    }

    private ChainBuilder frontDeskFilesAWalkIn() {
        return exec(http("front desk").get("/staff/frontdesk.xhtml").check(Jsf.viewStateOfPage(), Jsf.nonce()))
                .pause(thinkMin(), thinkMax())
                .exec(Jsf.ajax(
                                "front desk search",
                                "/staff/frontdesk.xhtml",
                                "frontdesk",
                                "frontdesk:search",
                                "@all",
                                "frontdesk",
                                session -> Map.of("frontdesk:query", session.getString("code")))
                        .check(substring("person-name"), Jsf.viewStateOfPartial()))
                .pause(thinkMin(), thinkMax())
                .exec(http("front desk start")
                        .post("/staff/frontdesk.xhtml")
                        .formParam("frontdesk", "frontdesk")
                        .formParam("frontdesk:query", "#{code}")
                        .formParam("frontdesk:type", "HOUSING_BENEFIT")
                        .formParam("frontdesk:file", "")
                        .formParam(Jsf.VIEW_STATE, "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(wizardAt("applicant"))
                        .check(wizardForm()))
                .pause(thinkMin(), thinkMax())
                // The paper form's documents are kept on paper: no upload at the desk.
                .exec(housingBenefit("/staff/apply.xhtml", false))
                // The applicant signs the printed application: the desk marks it signed and submits.
                .exec(submit("front desk submit", "/staff/apply.xhtml", fields("wizard:signedOnPaper", "on")));
    }

    private ChainBuilder caseworkerDecidesOne() {
        return exec(http("queue").get("/staff/queue.xhtml").check(bodyString().saveAs("queue")))
                .exec(session -> untakenCase(session.getString("queue"))
                        .map(id -> session.set("caseId", id).set("hasCase", true))
                        .orElseGet(() -> session.set("hasCase", false)))
                .pause(thinkMin(), thinkMax())
                .doIf(session -> session.getBoolean("hasCase"))
                .then(exec(http("case")
                                .get("/staff/application.xhtml?id=#{caseId}")
                                .check(
                                        Jsf.viewStateOfPage(),
                                        Jsf.nonce(),
                                        css("#case\\:take").exists()))
                        .pause(thinkMin(), thinkMax())
                        .exec(caseAction("case take", "case:take", "case:take", session -> Map.of())
                                .check(substring("case:assess")))
                        .exec(caseAction("case compute", "case:assess", "case:assess", session -> Map.of())
                                .check(
                                        regex("<option value=\"([A-Z_]+)\" selected")
                                                .saveAs("outcome"),
                                        regex("name=\"case:amount\" type=\"text\" value=\"([^\"]*)\"")
                                                .saveAs("amount"),
                                        regex("name=\"case:periodFrom_input\" type=\"text\" value=\"([^\"]*)\"")
                                                .saveAs("periodFrom"),
                                        regex("name=\"case:periodTo_input\" type=\"text\" value=\"([^\"]*)\"")
                                                .saveAs("periodTo"),
                                        regex(
                                                        "name=\"case:legalBasis\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>\\s*<option value=\"([^\"]+)\"")
                                                .saveAs("legalBasis")))
                        .pause(thinkMin(), thinkMax())
                        .exec(caseAction(
                                        "case decide",
                                        "case:decide",
                                        "case:decide case:outcome case:amount case:periodFrom case:periodTo case:legalBasis"
                                                + " case:legalBasisExtra case:reasons case:overrideReason",
                                        session -> {
                                            Map<String, String> fields = new HashMap<>();
                                            fields.put("case:outcome", session.getString("outcome"));
                                            fields.put("case:amount", session.getString("amount"));
                                            fields.put("case:periodFrom_input", session.getString("periodFrom"));
                                            fields.put("case:periodTo_input", session.getString("periodTo"));
                                            fields.put("case:legalBasis", session.getString("legalBasis"));
                                            fields.put("case:legalBasisExtra", "");
                                            fields.put(
                                                    "case:reasons",
                                                    "Aprēķināts pēc iesniegtajiem datiem un reģistru ziņām.");
                                            fields.put("case:overrideReason", "");
                                            return fields;
                                        })
                                // Decided, or (above the supervisor's threshold) decided and sent for approval.
                                .check(regex("ui-messages-error").notExists(), substring("Lēmums pieņemts")))
                        .pause(thinkMin(), thinkMax()));
    }

    /** The first application of the queue's page that no caseworker of this run has taken. */
    private static Optional<String> untakenCase(String queuePage) {
        Matcher links = CASE_LINK.matcher(queuePage);
        while (links.find()) {
            if (TAKEN.add(links.group(1))) {
                return Optional.of(links.group(1));
            }
        }
        return Optional.empty();
    }

    private static HttpRequestActionBuilder caseAction(
            String name, String button, String process, Function<Session, Map<String, String>> fields) {
        return Jsf.ajax(name, "/staff/application.xhtml", "case", button, process, "case", fields)
                .check(status().is(200), Jsf.viewStateOfPartial());
    }

    /** The wizard's first page, asked for by its address. */
    private ChainBuilder wizardPage(String name, String address) {
        return exec(http(name).get(address).check(wizardAt("applicant")).check(wizardForm()))
                .pause(thinkMin(), thinkMax());
    }

    /** The housing benefit's steps from the applicant to the review, as WizardPage of the browser tests fills them. */
    private ChainBuilder housingBenefit(String path, boolean upload) {
        ChainBuilder filled = exec(step(path, "wizard household", "wizard:next", Map.of(), "household"))
                .exec(step(path, "wizard add member", "wizard:addMember", Map.of(), "household"))
                .exec(step(
                        path,
                        "wizard income",
                        "wizard:next",
                        fields(
                                ":0:code",
                                HOUSEHOLD_MEMBER,
                                ":0:first",
                                "Anna",
                                ":0:last",
                                "Kalniņa",
                                ":0:relation",
                                "PARTNER"),
                        "income"))
                .exec(step(path, "wizard add income", "wizard:addIncome", Map.of(), "income"))
                .exec(step(
                        path,
                        "wizard property",
                        "wizard:next",
                        fields(":0:earner", "#earner", ":0:type", "PENSION", ":0:amount", "1 350,00"),
                        "property"))
                .exec(step(path, "wizard questions 1", "wizard:next", Map.of(), "questions-1"))
                .exec(step(
                        path,
                        "wizard questions 2",
                        "wizard:next",
                        fields(":0:select", "MUNICIPAL_RENT", ":1:text", "48", ":2:text", "2"),
                        "questions-2"))
                .exec(step(
                        path,
                        "wizard questions 3",
                        "wizard:next",
                        fields(":0:text", "120,50", ":1:text", "64,20"),
                        "questions-3"))
                .exec(step(
                        path,
                        "wizard attachments",
                        "wizard:next",
                        fields(":0:text", "LV80BANK0000435195001"),
                        "attachments"));
        if (upload) {
            filled = filled.exec(upload(path));
        }
        return filled.exec(step(path, "wizard consent", "wizard:next", Map.of(), "consent"))
                .exec(step(path, "wizard review", "wizard:next", fields("wizard:consent", "on"), "review"));
    }

    /** One press of a wizard button, then the think time; the answer must show the step expected. */
    private ChainBuilder step(String path, String name, String button, Map<String, String> byEnding, String expected) {
        return exec(http(name)
                        .post(path)
                        .formParamMap(Jsf.postback(button, byEnding))
                        .check(wizardAt(expected))
                        .check(wizardForm()))
                .pause(thinkMin(), thinkMax());
    }

    /** The attachment chosen: PrimeFaces' advanced upload sends it at once, as a multipart AJAX request. */
    private ChainBuilder upload(String path) {
        return exec(http("wizard upload")
                        .post(path)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .asMultipartForm()
                        .formParamMap(session -> {
                            Map<String, Object> params = new HashMap<>(session.getMap("form"));
                            params.put("jakarta.faces.partial.ajax", "true");
                            params.put("jakarta.faces.source", "wizard:upload");
                            params.put("jakarta.faces.partial.execute", "wizard:upload");
                            params.put("jakarta.faces.partial.render", "wizard:messages wizard:uploaded");
                            params.put("wizard:upload_totalFilesCount", "1");
                            params.put(Jsf.VIEW_STATE, session.getString("viewState"));
                            params.put("primefaces.nonce", session.getString("nonce"));
                            return params;
                        })
                        .bodyPart(ByteArrayBodyPart("wizard:upload", UTILITY_BILL)
                                .fileName("komunalie-rekini.pdf")
                                .contentType("application/pdf"))
                        .check(substring("komunalie-rekini.pdf"), Jsf.viewStateOfPartial()))
                .pause(thinkMin(), thinkMax());
    }

    /** The review's submit: the receipt must show the registration number. */
    private ChainBuilder submit(String name, String path, Map<String, String> byEnding, CheckBuilder... more) {
        return exec(http(name)
                        .post(path)
                        .formParamMap(Jsf.postback("wizard:submit", byEnding))
                        .check(css("#registration-number").saveAs("registrationNumber"))
                        .check(more))
                .pause(thinkMin(), thinkMax());
    }

    private static CheckBuilder wizardAt(String step) {
        return css("#step-title", "data-step").is(step);
    }

    /** The wizard form's fields, the view state and the nonce of the page just shown. */
    private static CheckBuilder[] wizardForm() {
        return new CheckBuilder[] {form("#wizard").saveAs("form"), Jsf.viewStateOfPage(), Jsf.nonce()};
    }

    private static Map<String, String> fields(String... endingsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < endingsAndValues.length; i += 2) {
            fields.put(endingsAndValues[i], endingsAndValues[i + 1]);
        }
        return fields;
    }

    private Duration thinkMin() {
        return Duration.ofMillis(think / 2);
    }

    private Duration thinkMax() {
        return Duration.ofMillis(think * 3 / 2);
    }

    /** A one-page PDF, as a scanned utility bill would be: the core checks an upload by its content. */
    private static final byte[] UTILITY_BILL = ("%PDF-1.4\n"
                    + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
                    + "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
                    + "trailer<</Size 4/Root 1 0 R>>\nstartxref\n190\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
}
