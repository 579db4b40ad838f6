package lv.socialais.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.application.SubmissionResult;
import lv.socialais.application.SubmitApplication;
import lv.socialais.application.TimelineEventType;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.messagelog.MessageLog;
import lv.socialais.messagelog.MessageLogEntry;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.RegisterAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.portal.testing.WebSession;
import lv.socialais.register.EmploymentRegister;
import lv.socialais.register.Evidence;
import lv.socialais.register.PopulationRegister;
import lv.socialais.register.QueryContext;
import lv.socialais.register.RegisterEvidence;
import lv.socialais.register.RegisterQuery;
import lv.socialais.register.RegisterQueryStatus;
import lv.socialais.register.RegisterQueryWorker;
import lv.socialais.register.SocialInsuranceRegister;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Our CXF clients against the register simulator over real HTTP (a Payara Micro of its own),
 * and the outbox worker that turns an application's register queries into evidence, also
 * while a register is down.
 */
@ExtendWith(ArquillianExtension.class)
class RegistersIT {

    private static final String JANIS = "14038512712"; // unemployed with benefit
    private static final String MARTINS = "03108412765"; // father of the large family
    private static final String AUSTRA = "08014211279"; // pensioner living alone
    private static final String INESE = "11127215601"; // disability group II
    private static final String VELTA = "25063811451"; // deceased
    private static final String UNKNOWN = "01019012349";
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor CASEWORKER = Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .addClasses(
                        RegistersIT.class,
                        MinimalAnswers.class,
                        TestQueries.class,
                        RegisterAnswers.class,
                        WebSession.class);
    }

    @Inject
    private PopulationRegister population;

    @Inject
    private EmploymentRegister employment;

    @Inject
    private SocialInsuranceRegister socialInsurance;

    @Inject
    private MessageLog messageLog;

    @Inject
    private SubmitApplication submission;

    @Inject
    private RegisterQueryWorker worker;

    @Inject
    private Evidence evidence;

    @Inject
    private TestQueries database;

    @Resource
    private ManagedExecutorService executor;

    @AfterEach
    void registersBackToNormal() throws Exception {
        simulator("ALL", "NORMAL");
    }

    @Test
    void eachClientAsksItsRegisterOverHttpAndEveryExchangeIsLogged() {
        QueryContext context = context();
        long started = System.nanoTime();
        PopulationRegister.Person janis = population.person(JANIS, context).orElseThrow();
        double millis = (System.nanoTime() - started) / 1e6;

        assertEquals("Jānis", janis.firstName());
        assertEquals("Bērziņš", janis.lastName());
        assertEquals("0900000", janis.declaredAddress().municipalityCode());
        assertTrue(population.person(VELTA, context()).orElseThrow().deceased());
        assertTrue(population.person(UNKNOWN, context()).isEmpty(), "an unknown person is no fault");
        assertEquals(6, population.personsAtAddressOf(MARTINS, context()).size(), "the large family");

        EmploymentRegister.UnemploymentStatus unemployed = employment.unemploymentStatus(JANIS, today(), context());
        assertEquals("UNEMPLOYED", unemployed.status());
        assertTrue(unemployed.benefitPaid());
        assertTrue(unemployed.benefitMonthlyAmount().signum() > 0);

        YearMonth last = YearMonth.from(today()).minusMonths(1);
        SocialInsuranceRegister.PaymentHistory pension =
                socialInsurance.payments(AUSTRA, last.minusMonths(2), last, context());
        assertEquals(3, pension.payments().size(), "a pension for each of three months");
        assertTrue(pension.payments().stream().allMatch(p -> p.type().equals("OLD_AGE_PENSION")));
        SocialInsuranceRegister.Disability disability = socialInsurance.disability(INESE, today(), context());
        assertTrue(disability.disabled());
        assertEquals("II", disability.group());

        MessageLogEntry logged = messageLog.byMessageId(context.messageId()).get(0);
        assertEquals(MessageLogEntry.Direction.OUT, logged.getDirection());
        assertEquals("PMLP", logged.getCounterpart());
        assertEquals("GetPerson", logged.getServiceCode());
        assertEquals(JANIS, logged.getSubjectPersonalCode());
        assertEquals("ilze", logged.getUserId());
        assertEquals("2026/000001-test", logged.getIssue());
        assertEquals(MessageLogEntry.Outcome.OK, logged.getOutcome());
        assertEquals(64, logged.getRequestSha256().length());
        assertEquals(64, logged.getResponseSha256().length());
        assertFalse(logged.getRequestSha256().equals(logged.getResponseSha256()));
        System.out.printf(
                "BENCHMARK register round trip: PMLP GetPerson through client + simulator in %.1f ms (first call)%n",
                millis);
        long again = System.nanoTime();
        population.person(JANIS, context());
        System.out.printf(
                "BENCHMARK register round trip: PMLP GetPerson, warm, in %.1f ms%n", (System.nanoTime() - again) / 1e6);
        System.out.println("MESSAGE LOG ROW: " + describe(logged));
    }

    @Test
    void theRegisterRefusesARequestThatWeDidNotSign() throws Exception {
        String unsigned = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:x=\"http://socialais.lv/xroad/v1\" xmlns:p=\"http://socialais.lv/registers/pmlp/v1\"><soap:Header>"
                + "<x:client><x:xRoadInstance>LV</x:xRoadInstance><x:memberClass>GOV</x:memberClass><x:memberCode>9</x:memberCode>"
                + "</x:client><x:service><x:xRoadInstance>LV</x:xRoadInstance><x:memberClass>GOV</x:memberClass>"
                + "<x:memberCode>PMLP</x:memberCode><x:serviceCode>GetPerson</x:serviceCode></x:service><x:id>1</x:id>"
                + "<x:userId>ilze</x:userId><x:protocolVersion>4.0</x:protocolVersion></soap:Header><soap:Body>"
                + "<p:GetPerson><p:personalCode>14038512712</p:personalCode></p:GetPerson></soap:Body></soap:Envelope>";

        HttpResponse<String> response = simulator().postXml("soap/pmlp", unsigned);

        assertEquals(500, response.statusCode());
        assertTrue(response.body().toLowerCase(Locale.ROOT).contains("security"), response.body());
        assertFalse(response.body().contains("Bērziņš"), "no data without a signature");
    }

    @Test
    void aFaultOfTheRegisterIsLoggedAndReportedAsUnavailable() throws Exception {
        simulator("VSAA", "SOAP_FAULT");
        QueryContext context = context();
        try {
            socialInsurance.disability(INESE, today(), context);
            throw new AssertionError("a SOAP fault must not pass for an answer");
        } catch (RuntimeException expected) {
            List<MessageLogEntry> entries = messageLog.byMessageId(context.messageId());
            assertFalse(entries.isEmpty());
            assertEquals(MessageLogEntry.Outcome.FAULT, entries.get(0).getOutcome());
        }
    }

    @Test
    void anApplicationsRegisterQueriesBecomeEvidence() {
        Long id = fileGmi(JANIS, "Jānis", "Bērziņš");

        awaitAllAnswered(id, Duration.ofSeconds(60));

        List<RegisterQuery> queries = database.registerQueries(id);
        List<RegisterEvidence> received = evidence.of(id, CASEWORKER);
        assertEquals(queries.size(), received.size(), "one piece of evidence per query");
        RegisterEvidence nva = received.stream()
                .filter(e -> e.getRegister().equals("NVA"))
                .findFirst()
                .orElseThrow();
        assertTrue(nva.getDataJson().contains("UNEMPLOYED"), nva.getDataJson());
        assertNotNull(nva.getMessageId());
        assertFalse(messageLog.byMessageId(nva.getMessageId()).isEmpty(), "the evidence points to its logged exchange");
        assertTrue(database.application(id).getTimeline().stream()
                .anyMatch(e -> e.getType() == TimelineEventType.REGISTER_DATA_RECEIVED));

        int reopened = evidence.refresh(id, CASEWORKER);
        assertEquals(queries.size(), reopened);
        awaitAllAnswered(id, Duration.ofSeconds(60));
        assertEquals(2 * queries.size(), evidence.of(id, CASEWORKER).size(), "a refresh adds fresh evidence");
    }

    @Test
    void aRegisterThatIsDownDelaysEvidenceButNeverLosesDuplicatesOrBlocksApplications() throws Exception {
        simulator("NVA", "HTTP_503");
        List<Future<SubmissionResult>> filing = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            filing.add(executor.submit(() -> submission.submit(
                    MinimalAnswers.input(
                            form("GMI_BENEFIT"),
                            Channel.ONLINE,
                            UUID.randomUUID().toString(),
                            today()),
                    null,
                    Actor.resident(UNKNOWN),
                    LATVIAN)));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<SubmissionResult> result : filing) {
            ids.add(result.get().applicationId());
        }
        assertEquals(10, ids.stream().distinct().count(), "every application filed while NVA is down");

        worker.runDue();
        for (Long id : ids) {
            RegisterQuery nva = database.registerQueries(id).stream()
                    .filter(q -> q.getRegister().equals("NVA"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(RegisterQueryStatus.PENDING, nva.getStatus(), "kept for later");
            assertTrue(nva.getAttempts() >= 1 && nva.getLastError() != null, "the failure is recorded");
        }

        simulator("NVA", "NORMAL");
        for (Long id : ids) {
            awaitAllAnswered(id, Duration.ofSeconds(120));
            List<RegisterQuery> queries = database.registerQueries(id);
            assertEquals(queries.size(), evidence.of(id, CASEWORKER).size(), "each query answered exactly once");
        }
    }

    private void awaitAllAnswered(Long applicationId, Duration timeout) {
        RegisterAnswers.await(applicationId, worker, database, timeout);
    }

    private Long fileGmi(String personalCode, String firstName, String lastName) {
        FormDefinition gmi = form("GMI_BENEFIT");
        ApplicationInput minimal = MinimalAnswers.input(gmi, Channel.ONLINE, null, today());
        ApplicationInput input = new ApplicationInput(
                minimal.typeCode(),
                Channel.ONLINE,
                null,
                new ApplicantInput(personalCode, firstName, lastName, null, null),
                minimal.answers(),
                List.of(),
                List.of(),
                true,
                List.of(),
                true,
                false);
        return submission
                .submit(input, null, Actor.resident(personalCode), LATVIAN)
                .applicationId();
    }

    private FormDefinition form(String typeCode) {
        return database.currentForms().stream()
                .filter(f -> f.getApplicationType().getCode().equals(typeCode))
                .findFirst()
                .orElseThrow();
    }

    /** Switches the simulator's behaviour for a register over its control servlet. */
    static void simulator(String register, String mode) throws Exception {
        HttpResponse<String> response = simulator().post("control", Map.of("register", register, "mode", mode));
        assertEquals(200, response.statusCode(), response.body());
    }

    /** The register simulator's web application, whose PMLP service the settings name. */
    private static WebSession simulator() throws Exception {
        String pmlp = Optional.ofNullable(System.getenv("REGISTER_PMLP_URL")).orElseThrow();
        return new WebSession(URI.create(pmlp.replace("soap/pmlp", "")).toURL());
    }

    private static QueryContext context() {
        return new QueryContext(
                UUID.randomUUID().toString(), "ilze", "2026/000001-test", "test of the register clients");
    }

    private static String describe(MessageLogEntry e) {
        return e.getDirection() + " " + e.getCounterpart() + " " + e.getServiceCode() + " " + e.getServiceVersion()
                + " id=" + e.getMessageId() + " user=" + e.getUserId() + " issue=" + e.getIssue() + " subject="
                + e.getSubjectPersonalCode().substring(0, 6) + "-***** at " + e.getStartedAt() + " " + e.getDurationMs()
                + " ms " + e.getOutcome() + " request sha256=" + e.getRequestSha256() + " response sha256="
                + e.getResponseSha256();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Riga"));
    }
}
