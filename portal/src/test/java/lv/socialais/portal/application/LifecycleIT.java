package lv.socialais.portal.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationActions;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.ApplicationNotFound;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.application.Channel;
import lv.socialais.application.DecisionInput;
import lv.socialais.application.DecisionOutcome;
import lv.socialais.application.DraftQuotaReached;
import lv.socialais.application.Drafts;
import lv.socialais.application.IllegalTransitionException;
import lv.socialais.application.SubmissionRejected;
import lv.socialais.application.SubmitApplication;
import lv.socialais.attachment.Attachment;
import lv.socialais.attachment.AttachmentRejected;
import lv.socialais.attachment.Attachments;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.portal.filing.ApplicationSummaries;
import lv.socialais.portal.filing.ApplicationSummary;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.MovableClock;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.portal.testing.WebSession;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.status.HouseholdStatusKind;
import lv.socialais.status.HouseholdStatuses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lifecycle of a filed application, its rights, deadlines, attachments and drafts, in a real container. */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor APPLICANT = Actor.resident("01019012349");
    private static final Actor NEIGHBOUR = Actor.resident("01012020004");
    private static final Actor CASEWORKER = Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE");
    private static final Actor OTHER_CASEWORKER = Actor.staff("maris", Role.CASEWORKER, "SOCIAL_ASSISTANCE");
    private static final Actor FAMILY_CASEWORKER = Actor.staff("anna", Role.CASEWORKER, "FAMILIES_WITH_CHILDREN");
    private static final Actor FRONT_DESK = Actor.staff("registrators", Role.FRONT_DESK, null);
    private static final Actor SUPERVISOR = Actor.staff("vaditaja", Role.SUPERVISOR, "SOCIAL_ASSISTANCE");
    private static final Actor OTHER_SUPERVISOR = Actor.staff("valdis", Role.SUPERVISOR, "SOCIAL_ASSISTANCE");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .addClasses(LifecycleIT.class, MinimalAnswers.class, TestQueries.class, WebSession.class);
    }

    @ArquillianResource
    private URL portal;

    @Inject
    private SubmitApplication submission;

    @Inject
    private ApplicationActions actions;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private ApplicationSummaries summaries;

    @Inject
    private Attachments attachments;

    @Inject
    private Drafts drafts;

    @Inject
    private MovableClock clock;

    @Inject
    private TestQueries database;

    @Inject
    private HouseholdStatuses statuses;

    @Test
    void anApplicationGoesFromRegistrationToDecisionAppealAndClosure() {
        Long id = fileGmi();

        actions.assign(id, "ilze", CASEWORKER);
        actions.requestInformation(
                id, "Lūdzu, iesniedziet bankas konta izrakstu par pēdējiem trim mēnešiem.", CASEWORKER);
        assertTrue(mine(id).hasOpenRequest(), "My applications shows the open question");
        actions.answerInformation(id, "Izraksts pievienots.", APPLICANT);
        assertFalse(mine(id).hasOpenRequest(), "and no longer once it is answered");
        LocalDate extended = database.application(id)
                .getRegistration()
                .getDecisionDeadline()
                .orElseThrow()
                .plusDays(14);
        actions.extendDeadline(id, extended, "Gaidām NVA atbildi", CASEWORKER);
        actions.decide(
                id,
                new DecisionInput(
                        DecisionOutcome.GRANTED,
                        new BigDecimal("337"),
                        today(),
                        today().plusMonths(3),
                        "SPSPL 33. pants",
                        "Mājsaimniecībai ir trūcīgas personas statuss."),
                CASEWORKER,
                LATVIAN);
        actions.registerAppeal(id, "Apstrīdēts domē", FRONT_DESK);
        actions.close(id, SUPERVISOR);

        Application application = database.application(id);
        assertEquals(ApplicationStatus.CLOSED, application.getStatus());
        assertEquals(
                extended, application.getRegistration().getDecisionDeadline().orElseThrow());
        assertEquals(
                new BigDecimal("337.00"),
                application.getDecision().orElseThrow().getAmount());
        assertEquals("ilze", application.getDecision().orElseThrow().getDecidedBy());
        assertEquals(
                "Izraksts pievienots.",
                queries.informationRequests(List.of(application)).get(id).get(0).getAnswer());
        assertEquals(
                List.of(
                        "CREATED",
                        "SUBMITTED",
                        "REGISTERED",
                        "ASSIGNED",
                        "INFORMATION_REQUESTED",
                        "INFORMATION_ANSWERED",
                        "DEADLINE_EXTENDED",
                        "DECIDED",
                        "APPEAL_REGISTERED",
                        "CLOSED"),
                application.getTimeline().stream()
                        .map(event -> event.getType().name())
                        .filter(type -> !type.startsWith("REGISTER_DATA"))
                        .toList(),
                "the lifecycle's events, in order");
        assertEquals(
                List.of(
                        "APPLICATION_SUBMITTED",
                        "APPLICATION_ASSIGNED",
                        "INFORMATION_REQUESTED",
                        "INFORMATION_ANSWERED",
                        "DEADLINE_EXTENDED",
                        "APPLICATION_DECIDED",
                        "APPEAL_REGISTERED",
                        "APPLICATION_CLOSED"),
                database.auditActions(id));
    }

    @Test
    void anIllegalTransitionIsRefusedWithItsReasonAndChangesNothing() {
        Long id = fileGmi();
        int events = database.application(id).getTimeline().size();

        IllegalTransitionException decidedTooEarly = assertThrows(
                IllegalTransitionException.class,
                () -> actions.decide(
                        id,
                        new DecisionInput(DecisionOutcome.REFUSED, null, null, null, "SPSPL", "Nav pamata"),
                        SUPERVISOR,
                        LATVIAN));
        assertEquals("transition.notFromStatus", decidedTooEarly.reasonKey());

        actions.withdraw(id, "Vairs nevajag", APPLICANT);
        assertThrows(IllegalTransitionException.class, () -> actions.assign(id, "ilze", CASEWORKER));

        Application application = database.application(id);
        assertEquals(ApplicationStatus.WITHDRAWN, application.getStatus());
        assertEquals(
                List.of("WITHDRAWN"),
                application.getTimeline().stream()
                        .skip(events)
                        .map(event -> event.getType().name())
                        .filter(type -> !type.startsWith("REGISTER_DATA"))
                        .toList(),
                "only the withdrawal was recorded");
    }

    @Test
    void rolesAndDepartmentsAreEnforced() {
        Long id = fileGmi();

        assertEquals(
                "transition.notForRole",
                assertThrows(IllegalTransitionException.class, () -> actions.assign(id, "registrators", FRONT_DESK))
                        .reasonKey());
        assertThrows(
                ApplicationNotFound.class,
                () -> actions.assign(id, "anna", FAMILY_CASEWORKER),
                "a caseworker of another department cannot even see it");
        assertTrue(queries.open(id, FAMILY_CASEWORKER).isEmpty());
        assertThrows(
                IllegalTransitionException.class,
                () -> actions.assign(id, "maris", CASEWORKER),
                "a caseworker takes applications only for himself");
        assertThrows(
                ApplicationNotFound.class,
                () -> actions.withdraw(id, "nē", NEIGHBOUR),
                "another resident cannot see it");

        actions.assign(id, "ilze", CASEWORKER);
        assertEquals(
                "transition.notYours",
                assertThrows(
                                IllegalTransitionException.class,
                                () -> actions.decide(
                                        id,
                                        new DecisionInput(
                                                DecisionOutcome.GRANTED, BigDecimal.ONE, null, null, "SPSPL", "Jā"),
                                        OTHER_CASEWORKER,
                                        LATVIAN))
                        .reasonKey(),
                "only the assigned caseworker decides");
        assertEquals(
                "transition.notForRole",
                assertThrows(
                                IllegalTransitionException.class,
                                () -> actions.decide(
                                        id,
                                        new DecisionInput(
                                                DecisionOutcome.GRANTED, BigDecimal.ONE, null, null, "SPSPL", "Jā"),
                                        FRONT_DESK,
                                        LATVIAN))
                        .reasonKey(),
                "the front desk cannot decide");
        SubmissionRejected incomplete = assertThrows(
                SubmissionRejected.class,
                () -> actions.decide(
                        id,
                        new DecisionInput(DecisionOutcome.GRANTED, BigDecimal.ONE, null, null, " ", ""),
                        CASEWORKER,
                        LATVIAN));
        assertEquals(2, incomplete.problems().size(), "legal basis and reasons are required");
        assertEquals(ApplicationStatus.IN_REVIEW, database.application(id).getStatus());
    }

    @Test
    void theDeadlineCanBeExtendedWithAReasonUpToFourMonthsAfterReceipt() {
        Long id = fileGmi();
        actions.assign(id, "ilze", CASEWORKER);
        Application filed = database.application(id);
        LocalDate limit = filed.getRegistration().getReceivedOn().orElseThrow().plusMonths(4);

        assertEquals(
                "deadline.reasonRequired",
                assertThrows(IllegalTransitionException.class, () -> actions.extendDeadline(id, limit, " ", CASEWORKER))
                        .reasonKey());
        assertEquals(
                "deadline.notLater",
                assertThrows(
                                IllegalTransitionException.class,
                                () -> actions.extendDeadline(
                                        id,
                                        filed.getRegistration()
                                                .getDecisionDeadline()
                                                .orElseThrow(),
                                        "Iemesls",
                                        CASEWORKER))
                        .reasonKey());
        assertEquals(
                "deadline.beyondFourMonths",
                assertThrows(
                                IllegalTransitionException.class,
                                () -> actions.extendDeadline(id, limit.plusDays(1), "Iemesls", SUPERVISOR))
                        .reasonKey());
        assertEquals(
                filed.getRegistration().getDecisionDeadline(),
                database.application(id).getRegistration().getDecisionDeadline(),
                "refusals change nothing");

        actions.extendDeadline(id, limit, "Nepieciešama apsekošana dzīvesvietā", SUPERVISOR);
        assertEquals(
                limit,
                database.application(id).getRegistration().getDecisionDeadline().orElseThrow());
    }

    @Test
    void everyOpeningByStaffIsAuditedAndResidentsSeeTheirOwn() {
        Long id = fileGmi();

        assertTrue(queries.open(id, CASEWORKER).isPresent());
        assertTrue(queries.open(id, APPLICANT).isPresent());
        assertTrue(queries.open(id, NEIGHBOUR).isEmpty());

        assertEquals(
                1,
                database.auditActions(id).stream()
                        .filter("APPLICATION_OPENED"::equals)
                        .count(),
                "the caseworker's read is audited, the applicant's own is not");
        assertTrue(queries.concerning(APPLICANT.id()).stream()
                .anyMatch(application -> application.getId().equals(id)));
        assertTrue(queries.concerning(NEIGHBOUR.id()).stream()
                .noneMatch(application -> application.getId().equals(id)));
    }

    @Test
    void attachmentsAreCheckedByContentCountedHashedAndStreamedBack() throws Exception {
        Long id = fileGmi();

        Attachment stored = attachments.add(id, "izziņa.pdf", new ByteArrayInputStream(PDF), APPLICANT);
        assertEquals("application/pdf", stored.getContentType());
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), stored.getSha256());

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        attachments.copyTo(stored.getId(), copy, CASEWORKER);
        assertArrayEquals(PDF, copy.toByteArray());
        assertThrows(
                ApplicationNotFound.class,
                () -> attachments.copyTo(stored.getId(), new ByteArrayOutputStream(), NEIGHBOUR));

        AttachmentRejected renamed = assertThrows(
                AttachmentRejected.class,
                () -> attachments.add(
                        id,
                        "rēķins.pdf",
                        new ByteArrayInputStream("MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)),
                        APPLICANT));
        assertEquals("attachment.type", renamed.messageKey());

        for (int i = 2; i <= 10; i++) {
            attachments.add(id, "dokuments-" + i + ".pdf", new ByteArrayInputStream(PDF), APPLICANT);
        }
        assertEquals(
                "attachment.tooMany",
                assertThrows(
                                AttachmentRejected.class,
                                () -> attachments.add(
                                        id, "vienpadsmitais.pdf", new ByteArrayInputStream(PDF), APPLICANT))
                        .messageKey());
        assertEquals(10, attachments.of(id, CASEWORKER).size());
    }

    @Test
    void parallelUploadsCannotPassTheCountLimitAndActivePdfsAreRefused() throws Exception {
        Long id = fileGmi();
        java.util.concurrent.ExecutorService uploaders = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Boolean>> uploads = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = "vienlaicīgi-" + i + ".pdf";
            uploads.add(uploaders.submit(() -> {
                try {
                    attachments.add(id, name, new ByteArrayInputStream(PDF), APPLICANT);
                    return true;
                } catch (AttachmentRejected e) {
                    assertEquals("attachment.tooMany", e.messageKey());
                    return false;
                }
            }));
        }
        long accepted = 0;
        for (java.util.concurrent.Future<Boolean> upload : uploads) {
            accepted += upload.get() ? 1 : 0;
        }
        uploaders.shutdown();

        assertEquals(10, accepted, "as many accepted as the limit");
        assertEquals(10, attachments.of(id, CASEWORKER).size(), "and no more stored");

        Long other = fileGmi();
        byte[] script = "%PDF-1.4\n1 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                "attachment.pdfActive",
                assertThrows(
                                AttachmentRejected.class,
                                () -> attachments.add(
                                        other, "skripts.pdf", new ByteArrayInputStream(script), APPLICANT))
                        .messageKey());
        assertEquals(0, attachments.of(other, CASEWORKER).size());
    }

    @Test
    void aDraftIsSavedResumedByItsOwnerOnlySubmittedAndStalePurged() {
        FormDefinition housing = form("HOUSING_BENEFIT");
        ApplicationInput half =
                MinimalAnswers.input(housing, Channel.ONLINE, null, java.util.Map.of("rent_amount", "120,00"));

        Long draftId = drafts.save(half, null, APPLICANT, LATVIAN);
        assertEquals(
                "120,00",
                drafts.resume(draftId, APPLICANT).orElseThrow().answers().get("rent_amount"));
        assertTrue(drafts.resume(draftId, NEIGHBOUR).isEmpty(), "a draft is its filer's alone");
        assertTrue(queries.open(draftId, CASEWORKER).isEmpty(), "staff do not see a resident's drafts");

        Long submitted = submission
                .submit(MinimalAnswers.input(housing, Channel.ONLINE, null, today()), draftId, APPLICANT, LATVIAN)
                .applicationId();
        assertEquals(draftId, submitted, "the draft itself is filed");
        assertTrue(drafts.resume(draftId, APPLICANT).isEmpty(), "a filed application is no longer a draft");

        Long stale = drafts.save(half, null, APPLICANT, LATVIAN);
        try {
            clock.moveBy(Duration.ofDays(31));
            Long recent = drafts.save(half, null, APPLICANT, LATVIAN);
            assertTrue(drafts.purgeOlderThan(Duration.ofDays(30)) >= 1);
            assertTrue(drafts.resume(stale, APPLICANT).isEmpty(), "untouched for 31 days: purged");
            assertTrue(drafts.resume(recent, APPLICANT).isPresent(), "saved today: kept");
        } finally {
            clock.reset();
        }
        assertEquals(
                ApplicationStatus.REGISTERED,
                database.application(submitted).getStatus(),
                "purge keeps filed applications");
    }

    @Test
    void aFilerKeepsAtMostTheQuotaOfDraftsAndOnlyHeDiscardsThem() {
        Actor filer = Actor.resident("32" + String.format("%09d", new java.util.Random().nextInt(1_000_000_000)));
        ApplicationInput half = MinimalAnswers.input(
                form("HOUSING_BENEFIT"), Channel.ONLINE, null, java.util.Map.of("rent_amount", "120,00"));
        List<Long> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            saved.add(drafts.save(half, null, filer, LATVIAN));
        }

        assertEquals(
                20,
                assertThrows(DraftQuotaReached.class, () -> drafts.save(half, null, filer, LATVIAN))
                        .quota());
        assertEquals(20, drafts.of(filer).size(), "no 21st draft is stored");
        assertEquals(saved.get(0), drafts.save(half, saved.get(0), filer, LATVIAN), "a draft he has is still saved");
        assertFalse(drafts.discard(saved.get(0), NEIGHBOUR), "nobody else discards his draft");
        assertTrue(drafts.discard(saved.get(0), filer));
        assertTrue(drafts.resume(saved.get(0), filer).isEmpty());
        assertNotNull(drafts.save(half, null, filer, LATVIAN), "a discarded draft frees its place");
    }

    @Test
    void aResidentDiscardsHisDraftFromMyApplications() {
        Actor sandra = Actor.resident("15058816072");
        Long draftId = drafts.save(
                MinimalAnswers.input(
                        form("HOUSING_BENEFIT"), Channel.ONLINE, null, java.util.Map.of("rent_amount", "99,00")),
                null,
                sandra,
                LATVIAN);
        int index = drafts.of(sandra).stream().map(Application::getId).toList().indexOf(draftId);
        WebSession browser = new WebSession(portal).signInResident("150588-16072");

        java.net.http.HttpResponse<String> forged = browser.submit(
                "resident/applications.xhtml",
                "draftsForm",
                java.util.Map.of(),
                "draft:" + index + ":discard",
                posted -> posted.put("jakarta.faces.ViewState", "wapiti"));
        assertTrue(
                forged.headers().firstValue("Location").orElse("").endsWith("/expired.xhtml"),
                "a forged view state is refused");
        assertTrue(drafts.resume(draftId, sandra).isPresent(), "and deletes nothing");
        java.net.http.HttpResponse<String> discarded = browser.submit(
                "resident/applications.xhtml", "draftsForm", java.util.Map.of(), "draft:" + index + ":discard");

        assertEquals(302, discarded.statusCode(), discarded.body());
        assertTrue(browser.get("resident/applications.xhtml").body().contains("id=\"draft-discarded\""));
        assertTrue(drafts.resume(draftId, sandra).isEmpty(), "the draft is gone");
    }

    @Test
    void aDecisionAboveTheThresholdWaitsForAnotherSupervisor() {
        Long id = fileGmi();
        actions.assign(id, "ilze", CASEWORKER);
        DecisionInput large = new DecisionInput(
                DecisionOutcome.GRANTED,
                new BigDecimal("800.00"),
                today(),
                today().plusMonths(3),
                "SPSPL 35. pants",
                "Mājokļa izdevumi pārsniedz ienākumus.");

        assertFalse(actions.decide(id, large, CASEWORKER, LATVIAN), "above 500 EUR it is only proposed");
        Application proposed = database.application(id);
        assertEquals(ApplicationStatus.AWAITING_APPROVAL, proposed.getStatus());
        assertTrue(proposed.getDecision().isEmpty(), "a proposal is no decision: the resident sees none");
        assertEquals(
                "transition.notForRole",
                assertThrows(IllegalTransitionException.class, () -> actions.approveDecision(id, CASEWORKER))
                        .reasonKey(),
                "the caseworker cannot approve his own");

        actions.approveDecision(id, SUPERVISOR);
        Application decided = database.application(id);
        assertEquals(ApplicationStatus.DECIDED, decided.getStatus());
        assertEquals("ilze", decided.getDecision().orElseThrow().getDecidedBy());
        assertEquals("vaditaja", decided.getDecision().orElseThrow().getApprovedBy());
    }

    @Test
    void aSupervisorsOwnProposalNeedsAnotherSupervisorAndCanBeReturned() {
        Long id = fileGmi();
        actions.assign(id, "vaditaja", SUPERVISOR);
        actions.decide(
                id,
                new DecisionInput(
                        DecisionOutcome.GRANTED,
                        new BigDecimal("900.00"),
                        null,
                        null,
                        "SPSPL 35. pants",
                        "Pamatojums."),
                SUPERVISOR,
                LATVIAN);

        assertEquals(
                "decision.ownApproval",
                assertThrows(IllegalTransitionException.class, () -> actions.approveDecision(id, SUPERVISOR))
                        .reasonKey());
        actions.returnDecision(id, "Pārrēķināt ienākumus", OTHER_SUPERVISOR);
        assertEquals(ApplicationStatus.IN_REVIEW, database.application(id).getStatus());
    }

    @Test
    void departingFromTheComputedAmountNeedsAWrittenReasonThatIsKept() {
        Long id = fileGmi();
        actions.assign(id, "ilze", CASEWORKER);
        String computation = "{\"formula\":\"(187.00 + 0 × 131.00) − 0.00 = 187.00\"}";

        SubmissionRejected noReason = assertThrows(
                SubmissionRejected.class,
                () -> actions.decide(
                        id,
                        new DecisionInput(
                                DecisionOutcome.PARTIALLY_GRANTED,
                                new BigDecimal("150.00"),
                                null,
                                null,
                                "SPSPL 33. pants",
                                "Daļēji.",
                                computation,
                                new BigDecimal("187.00"),
                                " "),
                        CASEWORKER,
                        LATVIAN));
        assertEquals("overrideReason", noReason.problems().get(0).field());

        actions.decide(
                id,
                new DecisionInput(
                        DecisionOutcome.PARTIALLY_GRANTED,
                        new BigDecimal("150.00"),
                        null,
                        null,
                        "SPSPL 33. pants",
                        "Daļēji.",
                        computation,
                        new BigDecimal("187.00"),
                        "Ģimene saņem atbalstu natūrā."),
                CASEWORKER,
                LATVIAN);
        lv.socialais.application.Decision decision =
                database.application(id).getDecision().orElseThrow();
        assertEquals(computation, decision.getAssessment(), "the computation is frozen with the decision");
        assertEquals(new BigDecimal("187.00"), decision.getComputedAmount());
        assertEquals("Ģimene saņem atbalstu natūrā.", decision.getOverrideReason());
        assertTrue(database.auditActions(id).contains("APPLICATION_DECIDED"));
    }

    @Test
    void aGrantedStatusIsRecordedForTheWholeHouseholdForItsPeriod() {
        FormDefinition needy = form("NEEDY_HOUSEHOLD_STATUS");
        ApplicationInput input = MinimalAnswers.input(needy, Channel.FRONT_DESK, null, today());
        input = new ApplicationInput(
                input.typeCode(),
                input.channel(),
                null,
                input.applicant(),
                input.answers(),
                List.of(new lv.socialais.application.HouseholdMemberInput(
                        "010120-20004", "Anna", "Ozoliņa", lv.socialais.application.Relation.CHILD)),
                input.incomes(),
                true,
                input.property(),
                true,
                true);
        Long id = submission.submit(input, null, FRONT_DESK, LATVIAN).applicationId();
        actions.assign(id, "ilze", CASEWORKER);
        LocalDate from = today();
        LocalDate until = today().plusMonths(6).minusDays(1);

        actions.decide(
                id,
                new DecisionInput(
                        DecisionOutcome.GRANTED,
                        null,
                        from,
                        until,
                        "SPSPL 33. pants",
                        "Ienākumi zem trūcīgas mājsaimniecības sliekšņa."),
                CASEWORKER,
                LATVIAN);

        assertEquals(
                HouseholdStatusKind.NEEDY,
                statuses.on("01012020004", from.plusDays(10)).orElseThrow().getStatus());
        assertEquals(until, statuses.on("01019012349", until).orElseThrow().getValidUntil());
        assertTrue(statuses.on("01019012349", until.plusDays(1)).isEmpty(), "not after the period");
    }

    private Long fileGmi() {
        return submission
                .submit(
                        MinimalAnswers.input(form("GMI_BENEFIT"), Channel.ONLINE, null, today()),
                        null,
                        APPLICANT,
                        LATVIAN)
                .applicationId();
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

    /** The application as the applicant's "My applications" summarises it. */
    private ApplicationSummary mine(Long id) {
        String applicant =
                database.application(id).getDeclaration().getApplicant().getPersonalCode();
        return summaries.of(queries.concerning(applicant)).stream()
                .filter(summary -> summary.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
