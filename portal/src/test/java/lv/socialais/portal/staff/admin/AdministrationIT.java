package lv.socialais.portal.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lv.socialais.administration.Administrators;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.application.SubmitApplication;
import lv.socialais.assessment.AssessApplication;
import lv.socialais.assessment.DatedValue;
import lv.socialais.assessment.GrantPeriod;
import lv.socialais.assessment.HouseholdKind;
import lv.socialais.assessment.ReferenceData;
import lv.socialais.assessment.ReferenceDataAdministration;
import lv.socialais.assessment.ReferenceKind;
import lv.socialais.audit.AuditEvent;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.RequiredDocument;
import lv.socialais.catalog.form.FieldEdit;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormDefinitions;
import lv.socialais.catalog.form.FormEdit;
import lv.socialais.catalog.form.FormField;
import lv.socialais.common.LocalizedText;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.RegisterAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.register.RegisterQueryWorker;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.staff.StaffDirectory;
import lv.socialais.staff.StaffSignIn;
import lv.socialais.staff.StaffSignIns;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's use cases on the real database: dated reference data applied by the
 * application's date, refusals of duplicates and nonsense, audit entries, form versions, the
 * type's documents and staff users. Test data lies in 2033 and later, in a test-only
 * municipality and on types no other test class uses, as the database is shared.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String EDGARS = "29017912639"; // no income at all: needy, GMI = the first person's level
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor ADMIN = Actor.staff("admins", Role.ADMIN, null);
    private static final Actor CASEWORKER = Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE");
    private static final String SOURCE = "test: AdministrationIT";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .addClasses(AdministrationIT.class, MinimalAnswers.class, TestQueries.class, RegisterAnswers.class);
    }

    @Inject
    private ReferenceDataAdministration administration;

    @Inject
    private ReferenceData reference;

    @Inject
    private AssessApplication assessment;

    @Inject
    private SubmitApplication submission;

    @Inject
    private RegisterQueryWorker worker;

    @Inject
    private CatalogAdministration catalog;

    @Inject
    private FormDefinitions forms;

    @Inject
    private StaffDirectory staff;

    @Inject
    private StaffSignIns signIns;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestQueries database;

    @Test
    void anApplicationDatedBeforeTheEffectiveDateGetsTheOldValueAndOnOrAfterItTheNew() {
        LocalDate from = LocalDate.of(2033, 1, 1);
        LocalDate change = LocalDate.of(2033, 7, 1);
        administration.add(ReferenceKind.GMI, null, from, money("250.00"), money("175.00"), SOURCE, ADMIN);
        administration.add(ReferenceKind.NEEDY, null, from, money("500.00"), money("350.00"), SOURCE, ADMIN);
        administration.add(ReferenceKind.LOW_INCOME_MAX, null, from, money("800.00"), money("560.00"), SOURCE, ADMIN);
        administration.add(ReferenceKind.GMI, null, change, money("260.00"), money("182.00"), SOURCE, ADMIN);
        Long before = fileGmi();
        Long onTheDay = fileGmi();
        database.receivedOn(before, change.minusDays(1));
        database.receivedOn(onTheDay, change);

        assertEquals(
                money("250.00"),
                assessment.assess(before, CASEWORKER).orElseThrow().amount(),
                "the day before: the old value");
        assertEquals(
                money("260.00"),
                assessment.assess(onTheDay, CASEWORKER).orElseThrow().amount(),
                "from the effective date: the new");
        DatedValue old = administration.history(ReferenceKind.GMI).stream()
                .filter(v -> v.validFrom().equals(from))
                .findFirst()
                .orElseThrow();
        assertEquals(change.minusDays(1), old.validUntil(), "the old period ends the day before");
    }

    @Test
    void aValueEnteredBetweenTwoPeriodsEndsBeforeTheLaterOne() {
        administration.add(
                ReferenceKind.HOUSING_COEFFICIENT,
                "OTHER",
                LocalDate.of(2034, 1, 1),
                new BigDecimal("1.60"),
                null,
                SOURCE,
                ADMIN);
        administration.add(
                ReferenceKind.HOUSING_COEFFICIENT,
                "OTHER",
                LocalDate.of(2034, 9, 1),
                new BigDecimal("1.80"),
                null,
                SOURCE,
                ADMIN);

        DatedValue between = administration.add(
                ReferenceKind.HOUSING_COEFFICIENT,
                "OTHER",
                LocalDate.of(2034, 5, 1),
                new BigDecimal("1.70"),
                null,
                SOURCE,
                ADMIN);

        assertEquals(LocalDate.of(2034, 8, 31), between.validUntil());
        assertEquals(
                new BigDecimal("1.60"),
                reference
                        .housingCoefficient(HouseholdKind.OTHER, LocalDate.of(2034, 4, 30))
                        .orElseThrow());
        assertEquals(
                new BigDecimal("1.70"),
                reference
                        .housingCoefficient(HouseholdKind.OTHER, LocalDate.of(2034, 5, 1))
                        .orElseThrow());
        assertEquals(
                new BigDecimal("1.80"),
                reference
                        .housingCoefficient(HouseholdKind.OTHER, LocalDate.of(2034, 9, 1))
                        .orElseThrow());
    }

    @Test
    void aSecondValueForTheSameDateAndNonsenseAreRefusedAndNothingIsStored() {
        LocalDate date = LocalDate.of(2035, 1, 1);
        administration.add(
                ReferenceKind.MUNICIPAL_AMOUNT, "TEST_ADMIN_AMOUNT", date, money("10.00"), null, SOURCE, ADMIN);

        assertEquals(
                "admin.reference.duplicate",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_AMOUNT,
                        "TEST_ADMIN_AMOUNT",
                        date,
                        money("11.00"),
                        null,
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.value.range",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_AMOUNT,
                        "TEST_ADMIN_AMOUNT",
                        date.plusDays(1),
                        money("-5.00"),
                        null,
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.value.range",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_AMOUNT,
                        "TEST_ADMIN_AMOUNT",
                        date.plusDays(1),
                        new BigDecimal("5.555"),
                        null,
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.otherAboveFirst",
                refusal(() -> administration.add(
                        ReferenceKind.NEEDY,
                        null,
                        LocalDate.of(2035, 2, 1),
                        money("100.00"),
                        money("200.00"),
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.value.range",
                refusal(() -> administration.add(
                        ReferenceKind.GRANT_PERIOD,
                        GrantPeriod.STATUS_ABLE_TO_WORK.name(),
                        LocalDate.of(2035, 1, 1),
                        new BigDecimal("0"),
                        null,
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.key.invalid",
                refusal(() -> administration.add(
                        ReferenceKind.HOUSING_COEFFICIENT,
                        "NO_SUCH_KIND",
                        LocalDate.of(2035, 1, 1),
                        new BigDecimal("1.5"),
                        null,
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.date.invalid",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_AMOUNT,
                        "TEST_ADMIN_AMOUNT",
                        null,
                        money("5.00"),
                        null,
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.source.invalid",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_AMOUNT,
                        "TEST_ADMIN_AMOUNT",
                        date.plusDays(2),
                        money("5.00"),
                        null,
                        " ",
                        ADMIN)));
        assertThrows(
                Administrators.NotAnAdministrator.class,
                () -> administration.add(
                        ReferenceKind.MUNICIPAL_AMOUNT,
                        "TEST_ADMIN_AMOUNT",
                        date.plusDays(3),
                        money("5.00"),
                        null,
                        SOURCE,
                        CASEWORKER));

        assertEquals(
                List.of(money("10.00")),
                administration.history(ReferenceKind.MUNICIPAL_AMOUNT).stream()
                        .filter(v -> v.key().equals("TEST_ADMIN_AMOUNT"))
                        .map(DatedValue::value)
                        .toList(),
                "only the first value");
        assertEquals(
                money("10.00"),
                reference
                        .municipalAmount("TEST_ADMIN_AMOUNT", date.plusYears(1))
                        .orElseThrow());
    }

    @Test
    void aMunicipalityHasItsOwnLowIncomeThresholdWithinTheStateLimits() {
        LocalDate from = LocalDate.of(2036, 1, 1);
        administration.add(ReferenceKind.NEEDY, null, from, money("520.00"), money("364.00"), SOURCE, ADMIN);
        administration.add(ReferenceKind.LOW_INCOME_MAX, null, from, money("830.00"), money("581.00"), SOURCE, ADMIN);

        assertEquals(
                "admin.reference.aboveMaximum",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_LOW_INCOME,
                        "T-ADMIN",
                        from,
                        money("900.00"),
                        money("500.00"),
                        SOURCE,
                        ADMIN)));
        assertEquals(
                "admin.reference.belowNeedy",
                refusal(() -> administration.add(
                        ReferenceKind.MUNICIPAL_LOW_INCOME,
                        "T-ADMIN",
                        from,
                        money("500.00"),
                        money("300.00"),
                        SOURCE,
                        ADMIN)));
        administration.add(
                ReferenceKind.MUNICIPAL_LOW_INCOME, "t-admin", from, money("700.00"), money("490.00"), SOURCE, ADMIN);

        assertEquals(
                money("700.00"),
                reference
                        .lowIncomeThreshold("T-ADMIN", from.plusMonths(3))
                        .orElseThrow()
                        .firstPerson());
        assertEquals(
                money("581.00"),
                reference
                        .lowIncomeThreshold("OTHER-TOWN", from.plusMonths(3))
                        .orElseThrow()
                        .otherPerson(),
                "a municipality without its own threshold gets the state maximum");
    }

    @Test
    void theSeededReferenceDataCoversTheGrantPeriodsTheCatalogueAmountsAndThisMunicipality() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertEquals(
                6, reference.grantMonths(GrantPeriod.STATUS_ABLE_TO_WORK, day).orElseThrow());
        assertEquals(
                12,
                reference
                        .grantMonths(GrantPeriod.STATUS_PENSIONERS_OR_DISABLED, day)
                        .orElseThrow());
        assertEquals(
                3, reference.grantMonths(GrantPeriod.BENEFIT_WORKING_AGE, day).orElseThrow());
        assertEquals(
                6,
                reference.grantMonths(GrantPeriod.BENEFIT_NO_WORKING_AGE, day).orElseThrow());
        assertEquals(
                money("604.00"),
                reference.lowIncomeThreshold("0900000", day).orElseThrow().firstPerson());
        assertTrue(
                reference
                        .lowIncomeThreshold("0900000", day)
                        .orElseThrow()
                        .source()
                        .startsWith("Pašvaldības"),
                "the municipality's own row");
        assertEquals(
                money("100.00"),
                reference.municipalAmount("TYPE_CRISIS_BENEFIT", day).orElseThrow());

        administration.add(
                ReferenceKind.GRANT_PERIOD,
                "BENEFIT_WORKING_AGE",
                LocalDate.of(2037, 1, 1),
                new BigDecimal("4"),
                null,
                SOURCE,
                ADMIN);
        assertEquals(
                4,
                reference
                        .grantMonths(GrantPeriod.BENEFIT_WORKING_AGE, LocalDate.of(2037, 1, 1))
                        .orElseThrow());
        assertEquals(
                3,
                reference
                        .grantMonths(GrantPeriod.BENEFIT_WORKING_AGE, LocalDate.of(2036, 12, 31))
                        .orElseThrow());
    }

    @Test
    void aCatalogueAmountDatedLaterChangesTheAssessmentFromItsDateAndNotTheCatalogueOfToday() {
        String type = "PRISON_RELEASE_BENEFIT";
        administration.add(
                ReferenceKind.MUNICIPAL_AMOUNT,
                ReferenceDataAdministration.catalogueAmountCode(type),
                LocalDate.of(2041, 1, 1),
                money("70.00"),
                null,
                SOURCE,
                ADMIN);
        Long before = file(type);
        Long after = file(type);
        database.receivedOn(before, LocalDate.of(2040, 12, 31));
        database.receivedOn(after, LocalDate.of(2041, 1, 1));

        assertEquals(
                money("64.00"),
                assessment.assess(before, CASEWORKER).orElseThrow().amount());
        assertEquals(
                money("70.00"),
                assessment.assess(after, CASEWORKER).orElseThrow().amount());
        assertEquals(
                money("64.00"),
                reference.catalogueAmounts(today()).get(type),
                "today's catalogue keeps today's amount");
    }

    @Test
    void everyAdditionIsAudited() {
        administration.add(
                ReferenceKind.MUNICIPAL_AMOUNT,
                "TEST_ADMIN_AUDITED",
                LocalDate.of(2038, 1, 1),
                money("42.00"),
                null,
                SOURCE,
                ADMIN);

        AuditEvent event = audit.latest(AuditSubject.REFERENCE_DATA, 50).stream()
                .filter(e -> e.getDetail().contains("TEST_ADMIN_AUDITED"))
                .findFirst()
                .orElseThrow();
        assertEquals("REFERENCE_VALUE_ADDED", event.getAction());
        assertEquals("admins", event.getActor());
        assertTrue(event.getDetail().contains("2038-01-01") && event.getDetail().contains("42.00"), event.getDetail());
    }

    @Test
    void aNewFormVersionChangesWordingRequiredFlagAndChoicesAndTheOldVersionStays() {
        String type = "SOCIAL_REHAB_SERVICE";
        FormDefinition before = forms.currentFor(type).orElseThrow();
        FormField question = before.fields().get(0);
        assertEquals(
                "admin.form.noChange",
                refusal(() -> forms.publishNewVersion(
                        type, edit(before, question.getCode(), question.getLabel(), question.isRequired()), ADMIN)));
        assertEquals(
                "admin.form.label.invalid",
                refusal(() -> forms.publishNewVersion(
                        type,
                        edit(
                                before,
                                question.getCode(),
                                new LocalizedText("Jauns teksts", "New text", " "),
                                question.isRequired()),
                        ADMIN)));

        LocalizedText label = new LocalizedText("Pārbaudes jautājums", "A test question", "Проверочный вопрос");
        forms.publishNewVersion(type, edit(before, question.getCode(), label, !question.isRequired()), ADMIN);

        FormDefinition after = forms.currentFor(type).orElseThrow();
        assertEquals(before.getVersionNo() + 1, after.getVersionNo());
        assertEquals(label, after.field(question.getCode()).orElseThrow().getLabel());
        assertEquals(
                !question.isRequired(),
                after.field(question.getCode()).orElseThrow().isRequired());
        assertEquals(
                question.getLabel(),
                forms.byId(before.getId())
                        .orElseThrow()
                        .field(question.getCode())
                        .orElseThrow()
                        .getLabel(),
                "the old version is kept as it was");
        assertEquals(
                List.of(after.getVersionNo(), before.getVersionNo()),
                forms.versions(type).stream()
                        .limit(2)
                        .map(FormDefinition::getVersionNo)
                        .toList());
        ApplicationType changed = catalog.type(type).orElseThrow();
        assertTrue(audit.about(AuditSubject.APPLICATION_TYPE, changed.getId()).stream()
                .anyMatch(e -> e.getAction().equals("FORM_VERSION_CREATED")
                        && e.getDetail().contains(question.getCode())));
    }

    @Test
    void aTypesDocumentsAreReplacedKeepingTheirCodesAndOnlyAnAdministratorMayDoIt() {
        String type = "DAY_CARE_CENTRE_STOP";
        List<RequiredDocument.Input> documents = List.of(
                new RequiredDocument.Input(
                        "APPLICATION_SIGNED",
                        new LocalizedText("Parakstīts iesniegums", "Signed application", "Подписанное заявление"),
                        true),
                new RequiredDocument.Input(
                        "CARE_PLAN", new LocalizedText("Aprūpes plāns", "Care plan", "План ухода"), false));
        assertThrows(
                Administrators.NotAnAdministrator.class, () -> catalog.changeDocuments(type, documents, CASEWORKER));
        assertEquals(
                "admin.document.duplicate",
                refusal(() -> catalog.changeDocuments(type, List.of(documents.get(0), documents.get(0)), ADMIN)));

        catalog.changeDocuments(type, documents, ADMIN);

        Map<String, Boolean> stored = catalog.type(type).orElseThrow().getDocuments().stream()
                .collect(Collectors.toMap(RequiredDocument::getCode, RequiredDocument::isRequired));
        assertEquals(Map.of("APPLICATION_SIGNED", true, "CARE_PLAN", false), stored);
        ApplicationType changed = catalog.type(type).orElseThrow();
        assertTrue(audit.about(AuditSubject.APPLICATION_TYPE, changed.getId()).stream()
                .anyMatch(e -> e.getAction().equals("APPLICATION_TYPE_DOCUMENTS_CHANGED")
                        && e.getDetail().contains("CARE_PLAN")));
    }

    @Test
    void staffPasswordsFollowTheRuleAndALockedUserIsUnlocked() {
        String name = "admin-it-" + System.nanoTime() % 100000;
        assertEquals(
                "admin.staff.password.invalid",
                refusal(() -> staff.create(
                        name, "Pārbaudes Lietotājs", "short1".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN)));
        assertEquals(
                "admin.staff.password.invalid",
                refusal(() -> staff.create(
                        name,
                        "Pārbaudes Lietotājs",
                        (name + "-Parole1").toCharArray(),
                        Set.of(Role.FRONT_DESK),
                        null,
                        ADMIN)));
        assertEquals(
                "admin.staff.department.invalid",
                refusal(() -> staff.create(
                        name,
                        "Pārbaudes Lietotājs",
                        "Laba-Parole-2026".toCharArray(),
                        Set.of(Role.CASEWORKER),
                        null,
                        ADMIN)));
        staff.create(
                name, "Pārbaudes Lietotājs", "Laba-Parole-2026".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN);
        assertEquals(
                "admin.staff.exists",
                refusal(() -> staff.create(
                        name, "Cits", "Laba-Parole-2027".toCharArray(), Set.of(Role.FRONT_DESK), null, ADMIN)));
        for (int i = 0; i < 5; i++) {
            signIns.signIn(name, "nepareiza".toCharArray());
        }
        assertTrue(staff.isLocked(staff.byUsername(name).orElseThrow()));

        staff.unlock(name, ADMIN);

        assertFalse(staff.isLocked(staff.byUsername(name).orElseThrow()));
        assertEquals(
                StaffSignIn.Outcome.SIGNED_IN,
                signIns.signIn(name, "Laba-Parole-2026".toCharArray()).outcome());
        assertEquals("admin.staff.ownAccount", refusal(() -> staff.deactivate("admins", ADMIN)));
        assertEquals(
                "admin.staff.ownAdminRole",
                refusal(() -> staff.changeRoles("admins", Set.of(Role.SUPERVISOR), null, ADMIN)));
    }

    private static FormEdit edit(FormDefinition form, String fieldCode, LocalizedText label, boolean required) {
        return new FormEdit(
                Map.of(),
                form.fields().stream()
                        .map(field -> new FieldEdit(
                                field.getCode(),
                                field.getCode().equals(fieldCode) ? label : field.getLabel(),
                                field.getHelp().orElse(null),
                                field.getCode().equals(fieldCode) ? required : field.isRequired(),
                                field.getOptions().stream()
                                        .map(o -> new FieldEdit.Option(o.getCode(), o.getLabel()))
                                        .toList()))
                        .toList());
    }

    private static String refusal(Runnable change) {
        return assertThrows(ChangeRejected.class, change::run).messageKey();
    }

    private Long fileGmi() {
        return file("GMI_BENEFIT");
    }

    private Long file(String typeCode) {
        FormDefinition form = forms.currentFor(typeCode).orElseThrow();
        ApplicationInput input = new ApplicationInput(
                typeCode,
                Channel.ONLINE,
                null,
                new ApplicantInput(EDGARS, "Edgars", "Kalējs", null, null),
                MinimalAnswers.answers(form, today()),
                List.of(),
                List.of(),
                true,
                List.of(),
                true,
                false);
        Long id =
                submission.submit(input, null, Actor.resident(EDGARS), LATVIAN).applicationId();
        awaitEvidence(id);
        return id;
    }

    private void awaitEvidence(Long applicationId) {
        RegisterAnswers.await(applicationId, worker, database, Duration.ofSeconds(60));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Riga"));
    }
}
