package lv.socialais.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.application.Channel;
import lv.socialais.application.IllegalTransitionException;
import lv.socialais.application.SubmissionRejected;
import lv.socialais.application.SubmissionResult;
import lv.socialais.application.SubmitApplication;
import lv.socialais.application.validation.Problem;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormField;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.register.RegisterQuery;
import lv.socialais.security.Actor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Submission as every channel uses it, in a real Payara Micro on a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class SubmissionIT {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor RESIDENT = Actor.resident("01019012349");
    private static final int CONCURRENT = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(SubmissionIT.class, MinimalAnswers.class, TestQueries.class);
    }

    @Inject
    private SubmitApplication submission;

    @Inject
    private TestQueries database;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void everyCatalogueTypeCanBeFiledWithAMinimalValidAnswerSet() {
        List<FormDefinition> forms = database.currentForms();
        assertEquals(53, forms.size(), "one current form per catalogue type");

        for (FormDefinition form : forms) {
            String type = form.getApplicationType().getCode();
            SubmissionResult result = submission.submit(
                    MinimalAnswers.input(form, Channel.ONLINE, null, today()), null, RESIDENT, LATVIAN);

            assertTrue(result.registrationNumber().matches(today().getYear() + "/\\d{6}"), type);
            assertTrue(result.decisionDeadline().isAfter(result.receivedOn()), type);
            assertEquals(
                    form.getApplicationType().getDepartment().getCode(), result.departmentCode(), type + " routed");
            Application stored = database.application(result.applicationId());
            assertEquals(ApplicationStatus.REGISTERED, stored.getStatus(), type);
            assertEquals(form.getId(), stored.getForm().getId(), type + " keeps its form version");
            assertEquals(
                    List.of("CREATED", "SUBMITTED", "REGISTERED"),
                    stored.getTimeline().stream()
                            .map(event -> event.getType().name())
                            .filter(t -> !t.startsWith("REGISTER_DATA"))
                            .toList(),
                    type);
            List<RegisterQuery> queries = database.registerQueries(result.applicationId());
            assertEquals(form.getApplicationType().getRegisterChecks().size(), queries.size(), type + " outbox");
            assertTrue(
                    queries.stream()
                            .anyMatch(q -> q.getRegister().equals("PMLP")
                                    && q.getQuery().equals("PERSON")),
                    type);
        }
    }

    @Test
    void eachMissingRequiredFieldGivesItsOwnMessageAndNothingIsStored() {
        long before = database.applications();
        for (FormDefinition form : database.currentForms()) {
            String type = form.getApplicationType().getCode();
            Set<String> required = form.fields().stream()
                    .filter(FormField::isRequired)
                    .map(FormField::getCode)
                    .collect(Collectors.toSet());

            SubmissionRejected rejected = assertThrows(
                    SubmissionRejected.class,
                    () -> submission.submit(
                            MinimalAnswers.input(form, Channel.ONLINE, null, Map.of()), null, RESIDENT, LATVIAN),
                    type);

            assertEquals(
                    required, rejected.problems().stream().map(Problem::field).collect(Collectors.toSet()), type);
            assertTrue(
                    rejected.problems().stream()
                            .allMatch(p -> p.messageKey().equals("field.required")
                                    && p.message().equals("Šis lauks ir jāaizpilda.")),
                    type);
        }
        assertEquals(before, database.applications(), "a refused application stores nothing");
    }

    @Test
    void problemsComeAllAtOnceInTheApplicantsLanguage() {
        FormDefinition housing = form("HOUSING_BENEFIT");
        Map<String, String> answers = new HashMap<>(MinimalAnswers.answers(housing, today()));
        answers.put("no_such_question", "x");
        ApplicationInput input = new ApplicationInput(
                "HOUSING_BENEFIT",
                Channel.ONLINE,
                null,
                new ApplicantInput("010190-12340", "", "Ozoliņa", "not-an-email", null),
                answers,
                List.of(),
                List.of(),
                false,
                List.of(),
                false,
                false);

        SubmissionRejected rejected =
                assertThrows(SubmissionRejected.class, () -> submission.submit(input, null, RESIDENT, Locale.ENGLISH));

        Map<String, String> messages = rejected.problems().stream()
                .collect(Collectors.toMap(Problem::field, Problem::message, (a, b) -> a + " | " + b));
        assertEquals("Enter the applicant's first name.", messages.get("applicant.firstName"));
        assertEquals("The email address is not valid.", messages.get("applicant.email"));
        assertEquals(
                "The last digit of the personal code does not match. Please check the code.",
                messages.get("applicant.personalCode"));
        assertEquals("The form of this application has no such question.", messages.get("no_such_question"));
        assertEquals("Enter the household's income or confirm that there is none.", messages.get("incomes"));
        assertTrue(messages.containsKey("consentGiven"));
    }

    @Test
    void aResidentFilesOnlyForHimselfAndOnlyOnline() {
        FormDefinition crisis = form("CRISIS_BENEFIT");
        long before = database.applications();
        Actor neighbour = Actor.resident("01012020004");

        IllegalTransitionException forAnother = assertThrows(
                IllegalTransitionException.class,
                () -> submission.submit(
                        MinimalAnswers.input(
                                crisis, Channel.ONLINE, UUID.randomUUID().toString(), today()),
                        null,
                        neighbour,
                        LATVIAN));
        IllegalTransitionException asFrontDesk = assertThrows(
                IllegalTransitionException.class,
                () -> submission.submit(
                        MinimalAnswers.input(
                                crisis, Channel.FRONT_DESK, UUID.randomUUID().toString(), today()),
                        null,
                        RESIDENT,
                        LATVIAN));

        assertEquals("transition.notYours", forAnother.reasonKey());
        assertEquals("transition.notYours", asFrontDesk.reasonKey());
        assertEquals(before, database.applications(), "nothing filed");
    }

    @Test
    void anUnknownTypeIsRefused() {
        ApplicationInput input = new ApplicationInput(
                "NO_SUCH_TYPE",
                Channel.STATE_PORTAL,
                null,
                new ApplicantInput("010190-12349", "Līga", "Ozoliņa", null, null),
                Map.of(),
                List.of(),
                List.of(),
                false,
                List.of(),
                true,
                false);

        SubmissionRejected rejected = assertThrows(
                SubmissionRejected.class, () -> submission.submit(input, null, Actor.system("viss"), LATVIAN));

        assertTrue(rejected.problems().stream().anyMatch(p -> p.messageKey().equals("type.unknown")));
    }

    @Test
    void aRepeatedSubmissionKeyReturnsTheFirstResult() {
        FormDefinition crisis = form("CRISIS_BENEFIT");
        String key = UUID.randomUUID().toString();

        SubmissionResult first =
                submission.submit(MinimalAnswers.input(crisis, Channel.ONLINE, key, today()), null, RESIDENT, LATVIAN);
        SubmissionResult again =
                submission.submit(MinimalAnswers.input(crisis, Channel.ONLINE, key, today()), null, RESIDENT, LATVIAN);

        assertFalse(first.repeated());
        assertTrue(again.repeated());
        assertEquals(first.applicationId(), again.applicationId());
        assertEquals(first.registrationNumber(), again.registrationNumber());
        assertEquals(1, database.applicationsWithKey(key));
        assertThrows(
                SubmissionRejected.class,
                () -> submission.submit(
                        MinimalAnswers.input(crisis, Channel.ONLINE, key, today()),
                        null,
                        Actor.resident("01012020004"),
                        LATVIAN),
                "another person's key reveals nothing");
    }

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctNumbers() throws Exception {
        FormDefinition housing = form("HOUSING_BENEFIT");
        long before = database.applications();
        List<Callable<SubmissionResult>> tasks = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            tasks.add(() -> submission.submit(
                    MinimalAnswers.input(
                            housing, Channel.ONLINE, UUID.randomUUID().toString(), today()),
                    null,
                    RESIDENT,
                    LATVIAN));
        }

        long started = System.nanoTime();
        List<SubmissionResult> results = runAll(tasks);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(
                CONCURRENT,
                results.stream()
                        .map(SubmissionResult::registrationNumber)
                        .distinct()
                        .count());
        assertEquals(
                CONCURRENT,
                results.stream().map(SubmissionResult::applicationId).distinct().count());
        assertEquals(before + CONCURRENT, database.applications());
        System.out.printf(
                "BENCHMARK submissions: %d concurrent housing benefit submissions in %.2f s = %.1f per second%n",
                CONCURRENT, seconds, CONCURRENT / seconds);
    }

    @Test
    void fiftyConcurrentRepeatsOfOneKeyFileOneApplication() throws Exception {
        FormDefinition gmi = form("GMI_BENEFIT");
        String key = UUID.randomUUID().toString();
        long before = database.applications();
        List<Callable<SubmissionResult>> tasks = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            tasks.add(() -> submission.submit(
                    MinimalAnswers.input(gmi, Channel.FRONT_DESK, key, today()),
                    null,
                    Actor.staff("registrators", lv.socialais.security.Role.FRONT_DESK, null),
                    LATVIAN));
        }

        List<SubmissionResult> results = runAll(tasks);

        assertEquals(
                1,
                results.stream().map(SubmissionResult::applicationId).distinct().count());
        assertEquals(1, results.stream().filter(result -> !result.repeated()).count(), "exactly one submission filed");
        assertEquals(1, database.applicationsWithKey(key));
        assertEquals(before + 1, database.applications());
    }

    private List<SubmissionResult> runAll(List<Callable<SubmissionResult>> tasks) throws Exception {
        List<Future<SubmissionResult>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(executor.submit(task)));
        List<SubmissionResult> results = new ArrayList<>();
        for (Future<SubmissionResult> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private FormDefinition form(String typeCode) {
        return database.currentForms().stream()
                .filter(f -> f.getApplicationType().getCode().equals(typeCode))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Riga"));
    }
}
