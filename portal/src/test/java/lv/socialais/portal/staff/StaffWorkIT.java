package lv.socialais.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.ApplicationQueue;
import lv.socialais.application.Channel;
import lv.socialais.application.QueueEntry;
import lv.socialais.application.QueueFilter;
import lv.socialais.application.SubmissionRejected;
import lv.socialais.application.SubmitApplication;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.form.FieldType;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormDefinitions;
import lv.socialais.common.LocalizedText;
import lv.socialais.frontdesk.PersonLookup;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.security.RoleRequired;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff's work behind the screens: queues, finding a walk-in applicant, keeping the catalogue. */
@ExtendWith(ArquillianExtension.class)
class StaffWorkIT {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor ILZE = Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE");
    private static final Actor ANNA = Actor.staff("anna", Role.CASEWORKER, "FAMILIES_WITH_CHILDREN");
    private static final Actor SUPERVISOR = Actor.staff("vaditaja", Role.SUPERVISOR, "SOCIAL_ASSISTANCE");
    private static final Actor CLERK = Actor.staff("registrators", Role.FRONT_DESK, null);
    private static final Actor ADMIN = Actor.staff("admins", Role.ADMIN, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(StaffWorkIT.class, MinimalAnswers.class, TestQueries.class);
    }

    @Inject
    private ApplicationQueue queue;

    @Inject
    private SubmitApplication submission;

    @Inject
    private PersonLookup lookup;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private CatalogAdministration administration;

    @Inject
    private ApplicationTypeCatalog catalog;

    @Inject
    private FormDefinitions forms;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestQueries database;

    @Test
    void theQueueIsSortedByDeadlineWithDueSoonAndOverdueMarkedAndScopedToTheDepartment() {
        Long overdue = file("GMI_BENEFIT", Channel.PAPER);
        Long soon = file("HOUSING_BENEFIT", Channel.FRONT_DESK);
        Long later = file("CHILDBIRTH_BENEFIT", Channel.ONLINE);
        // Earlier than anything the other test classes leave in the shared database.
        database.deadline(overdue, LocalDate.of(2000, 1, 3));
        database.deadline(soon, today().plusDays(3));

        List<QueueEntry> mine = queue.find(QueueFilter.all(), ILZE);
        assertTrue(mine.stream().allMatch(e -> !e.typeCode().equals("CHILDBIRTH_BENEFIT")), "only social assistance");
        QueueEntry first = mine.get(0);
        assertTrue(first.overdue(), "the overdue one leads");
        assertEquals(overdue, first.id());
        QueueEntry dueSoon = queue
                .find(
                        new QueueFilter(null, "HOUSING_BENEFIT", null, Channel.FRONT_DESK, today().plusDays(5), null),
                        ILZE)
                .stream()
                .filter(e -> e.id().equals(soon))
                .findFirst()
                .orElseThrow();
        assertTrue(dueSoon.dueSoon() && !dueSoon.overdue());
        for (int i = 1; i < mine.size(); i++) {
            assertFalse(mine.get(i).deadline().isBefore(mine.get(i - 1).deadline()), "sorted by deadline");
        }

        assertTrue(queue.find(QueueFilter.all(), ANNA).stream().anyMatch(e -> e.id().equals(later)));
        assertTrue(queue.find(QueueFilter.all(), ANNA).stream().noneMatch(e -> e.id().equals(soon)));
        assertTrue(
                queue.find(new QueueFilter("FAMILIES_WITH_CHILDREN", null, null, null, null, null), SUPERVISOR).stream()
                        .anyMatch(e -> e.id().equals(later)),
                "a supervisor picks any department");
        assertTrue(
                queue
                        .find(new QueueFilter(null, null, null, Channel.PAPER, null, QueueFilter.UNASSIGNED), ILZE)
                        .stream()
                        .allMatch(e -> e.channel() == Channel.PAPER && e.assignee() == null));
        assertTrue(
                queue
                        .find(new QueueFilter(null, "HOUSING_BENEFIT", null, null, today().plusDays(5), null), ILZE)
                        .stream()
                        .allMatch(e -> e.typeCode().equals("HOUSING_BENEFIT")
                                && !e.deadline().isAfter(today().plusDays(5))));
    }

    @Test
    void theFrontDeskFindsAWalkInApplicantInTheRegisterWithHisEarlierApplications() {
        ApplicationInput input = input(form("CRISIS_BENEFIT"), Channel.FRONT_DESK, "140385-12712", "Jānis", "Bērziņš");
        Long earlier = submission.submit(input, null, CLERK, LATVIAN).applicationId();

        PersonLookup.Found found = lookup.byPersonalCode("140385-12712", CLERK);

        assertTrue(found.registerAnswered());
        assertEquals("Bērziņš", found.person().orElseThrow().lastName());
        assertEquals(
                "Lielā iela 12-5, Jelgava, LV-3001",
                found.person().orElseThrow().declaredAddress().text());
        assertTrue(found.applications().stream().anyMatch(a -> a.getId().equals(earlier)));
        assertTrue(
                lookup.byName("bērz", CLERK).stream().anyMatch(a -> a.getId().equals(earlier)), "by part of the name");
        assertTrue(lookup.byPersonalCode("010190-12349", CLERK).person().isEmpty(), "unknown to the register");
    }

    @Test
    void aNameSearchForLikeWildcardsListsNobody() {
        submission.submit(
                input(form("CRISIS_BENEFIT"), Channel.FRONT_DESK, "140385-12712", "Jānis", "Bērziņš"),
                null,
                CLERK,
                LATVIAN);

        assertEquals(List.of(), lookup.byName("_", CLERK), "an underscore matches only an underscore");
        assertEquals(List.of(), lookup.byName("%", CLERK), "a percent sign matches only a percent sign");
        assertEquals(List.of(), lookup.byName("b_rz", CLERK));
        assertFalse(lookup.byName("rziņ", CLERK).isEmpty(), "a part of a name still finds him");
    }

    @Test
    void onlyTheFrontDeskAndSupervisorsFindPeople() {
        assertThrows(RoleRequired.class, () -> lookup.byName("bērz", ILZE));
        assertThrows(RoleRequired.class, () -> lookup.byPersonalCode("140385-12712", ILZE));
        assertThrows(RoleRequired.class, () -> lookup.byName("bērz", Actor.staff("admins", Role.ADMIN, null)));
        assertThrows(RoleRequired.class, () -> lookup.byName("bērz", Actor.resident("140385-12712")));
        lookup.byName("bērz", SUPERVISOR);
    }

    @Test
    void theFrontDeskFilesForAWalkInApplicantOnlyWithHisSignatureOnPaperAndTheApplicantReadsIt() {
        ApplicationInput signed =
                input(form("CRISIS_BENEFIT"), Channel.FRONT_DESK, MinimalAnswers.APPLICANT, "Līga", "Ozoliņa");
        ApplicationInput unsigned = new ApplicationInput(
                signed.typeCode(),
                signed.channel(),
                null,
                signed.applicant(),
                signed.answers(),
                signed.household(),
                signed.incomes(),
                signed.noIncomeDeclared(),
                signed.property(),
                true,
                false);

        SubmissionRejected refused =
                assertThrows(SubmissionRejected.class, () -> submission.submit(unsigned, null, CLERK, LATVIAN));
        assertEquals(
                List.of("signedOnPaper"),
                refused.problems().stream().map(p -> p.field()).toList());

        Long id = submission.submit(signed, null, CLERK, LATVIAN).applicationId();
        Application filed = database.application(id);
        assertEquals(Channel.FRONT_DESK, filed.getFiling().getChannel());
        assertTrue(filed.getDeclaration().isSignedOnPaper());
        assertEquals("registrators", filed.getFiling().getFiledBy(), "filed by the clerk");
        assertTrue(
                queries.open(id, Actor.resident("01019012349")).isPresent(),
                "for the applicant, who reads it in his portal");
    }

    @Test
    void anAdministratorChangesATypeAndAFormVersionWithoutTouchingFiledApplications() {
        FormDefinition v1 = form("PSYCHOLOGIST_CONSULTATION");
        Long filedUnderV1 = file("PSYCHOLOGIST_CONSULTATION", Channel.ONLINE);

        forms.publishNewVersion(
                "PSYCHOLOGIST_CONSULTATION",
                form -> form.getSteps()
                        .get(0)
                        .addField(
                                "preferred_time",
                                FieldType.TEXT,
                                new LocalizedText("Vēlamais laiks", "Preferred time", "Удобное время"),
                                true)
                        .withMaxLength(100),
                ADMIN);
        FormDefinition v2 = form("PSYCHOLOGIST_CONSULTATION");
        assertEquals(v1.getVersionNo() + 1, v2.getVersionNo());
        assertEquals(
                v1.getId(),
                database.application(filedUnderV1).getForm().getId(),
                "a filed application keeps its version");
        SubmissionRejected missing = assertThrows(
                SubmissionRejected.class,
                () -> submission.submit(
                        input(v1, Channel.ONLINE, MinimalAnswers.APPLICANT, "Līga", "Ozoliņa"),
                        null,
                        Actor.resident("01019012349"),
                        LATVIAN));
        assertTrue(
                missing.problems().stream().anyMatch(p -> p.field().equals("preferred_time")),
                "new applications get v2");

        ApplicationType type = catalog.activeTypes().stream()
                .filter(t -> t.getCode().equals("PENSIONER_JUBILEE"))
                .findFirst()
                .orElseThrow();
        CatalogAdministration.TypeChange original = CatalogAdministration.TypeChange.of(type);
        try {
            administration.change(
                    "PENSIONER_JUBILEE",
                    new CatalogAdministration.TypeChange(
                            new LocalizedText("Pabalsts jubilāram", "Jubilee benefit", "Пособие юбиляру"),
                            type.getEligibility(),
                            21,
                            true,
                            "ADULTS_AND_DISABILITY",
                            new BigDecimal("20.00"),
                            false),
                    ADMIN);
            assertTrue(
                    catalog.activeTypes().stream().noneMatch(t -> t.getCode().equals("PENSIONER_JUBILEE")),
                    "no longer offered");
            assertTrue(audit.about(AuditSubject.APPLICATION_TYPE, type.getId()).stream()
                    .anyMatch(e -> e.getAction().equals("APPLICATION_TYPE_CHANGED")
                            && e.getDetail().contains("20.00")));
        } finally {
            administration.change("PENSIONER_JUBILEE", original, ADMIN); // the other test classes share the database
        }
    }

    private Long file(String typeCode, Channel channel) {
        return submission
                .submit(
                        input(form(typeCode), channel, MinimalAnswers.APPLICANT, "Līga", "Ozoliņa"),
                        null,
                        channel == Channel.ONLINE ? Actor.resident("01019012349") : CLERK,
                        LATVIAN)
                .applicationId();
    }

    private ApplicationInput input(
            FormDefinition form, Channel channel, String code, String firstName, String lastName) {
        ApplicationInput minimal = MinimalAnswers.input(form, channel, null, today());
        return new ApplicationInput(
                minimal.typeCode(),
                channel,
                null,
                new ApplicantInput(code, firstName, lastName, null, null),
                minimal.answers(),
                List.of(),
                List.of(),
                true,
                List.of(),
                true,
                channel != Channel.ONLINE);
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
