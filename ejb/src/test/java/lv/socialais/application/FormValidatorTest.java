package lv.socialais.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.socialais.application.validation.ProblemCode;
import lv.socialais.application.validation.ProblemMessages;
import lv.socialais.catalog.form.DateRule;
import lv.socialais.catalog.form.FieldType;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormStep;
import lv.socialais.catalog.form.SectionRequirement;
import lv.socialais.common.LocalizedText;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String APPLICANT = "010190-12349";
    private static final String CHILD = "010120-20004";

    private final FormDefinition form = housingForm();

    @Test
    void aCompleteValidApplicationHasNoProblems() {
        assertEquals(List.of(), FormValidator.validate(form, input(validAnswers()), TODAY));
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        List<ProblemCode> problems = FormValidator.validate(form, input(Map.of()), TODAY);

        assertEquals(
                List.of(
                        ProblemCode.of("rent_amount", "field.required"),
                        ProblemCode.of("ownership", "field.required"),
                        ProblemCode.of("crisis_date", "field.required"),
                        ProblemCode.of("iban", "field.required")),
                problems);
    }

    @Test
    void eachKindOfAnswerIsChecked() {
        Map<String, String> answers = validAnswers();
        answers.put("rent_amount", "12,345"); // three decimals
        answers.put("persons", "0"); // below 1
        answers.put("ownership", "CASTLE"); // not an option
        answers.put("crisis_date", "2026-11-24"); // tomorrow
        answers.put("iban", "LV80BANK0000435195002");
        answers.put("note", "x".repeat(201));
        answers.put("school_class", "13");
        answers.put("unknown_question", "yes");

        List<ProblemCode> problems = FormValidator.validate(form, input(answers), TODAY);

        assertEquals(
                List.of(
                        ProblemCode.of("rent_amount", "field.money"),
                        ProblemCode.of("persons", "field.min", "1"),
                        ProblemCode.of("ownership", "field.option"),
                        ProblemCode.of("crisis_date", "field.date.PAST_OR_TODAY"),
                        ProblemCode.of("iban", "field.iban"),
                        ProblemCode.of("note", "field.tooLong", 200),
                        ProblemCode.of("school_class", "field.pattern"),
                        ProblemCode.of("unknown_question", "field.unknown")),
                problems);
    }

    @Test
    void moneyAcceptsACommaAndBoundsAreInclusive() {
        Map<String, String> answers = validAnswers();
        answers.put("rent_amount", "2000,00");
        answers.put("persons", "20");
        assertEquals(List.of(), FormValidator.validate(form, input(answers), TODAY));

        answers.put("rent_amount", "2000.01");
        assertEquals(
                List.of(ProblemCode.of("rent_amount", "field.max", "2000")),
                FormValidator.validate(form, input(answers), TODAY));
    }

    @Test
    void householdCodesAreValidatedAndNotRepeated() {
        ApplicationInput input = input(
                validAnswers(),
                List.of(
                        new HouseholdMemberInput("010190-12340", "Jānis", "Bērziņš", Relation.SPOUSE),
                        new HouseholdMemberInput(CHILD, "Anna", "Bērziņa", Relation.CHILD),
                        new HouseholdMemberInput("01012020004", "Anna", "Bērziņa", Relation.CHILD),
                        new HouseholdMemberInput(APPLICANT, "Es", "Pats", Relation.OTHER)),
                List.of(new IncomeInput(CHILD, IncomeType.STATE_BENEFIT, new BigDecimal("45.00"))),
                false);

        assertEquals(
                List.of(
                        ProblemCode.of("household[0].personalCode", "personalCode.checkDigit"),
                        ProblemCode.of("household[2].personalCode", "household.duplicate"),
                        ProblemCode.of("household[3].personalCode", "household.duplicate")),
                FormValidator.validate(form, input, TODAY));
    }

    @Test
    void requiredIncomeMustBeDeclaredOrDeniedAndBelongToTheHousehold() {
        assertEquals(
                List.of(ProblemCode.of("incomes", "income.required")),
                FormValidator.validate(form, input(validAnswers(), List.of(), List.of(), false), TODAY));
        assertEquals(List.of(), FormValidator.validate(form, input(validAnswers(), List.of(), List.of(), true), TODAY));
        assertEquals(
                List.of(ProblemCode.of("incomes[0].earnerPersonalCode", "income.earnerUnknown")),
                FormValidator.validate(
                        form,
                        input(
                                validAnswers(),
                                List.of(),
                                List.of(new IncomeInput(CHILD, IncomeType.SALARY, BigDecimal.TEN)),
                                false),
                        TODAY));
    }

    @Test
    void anApplicationFiledAtTheFrontDeskMustBeSignedOnPaper() {
        ApplicationInput online = input(validAnswers());
        ApplicationInput unsigned = new ApplicationInput(
                online.typeCode(),
                Channel.FRONT_DESK,
                null,
                online.applicant(),
                online.answers(),
                online.household(),
                online.incomes(),
                false,
                online.property(),
                true,
                false);
        ApplicationInput signed = new ApplicationInput(
                online.typeCode(),
                Channel.FRONT_DESK,
                null,
                online.applicant(),
                online.answers(),
                online.household(),
                online.incomes(),
                false,
                online.property(),
                true,
                true);

        assertEquals(
                List.of(ProblemCode.of("signedOnPaper", "signedOnPaper.required")),
                FormValidator.validate(form, unsigned, TODAY));
        assertEquals(List.of(), FormValidator.validate(form, signed, TODAY));
        assertEquals(
                List.of(), FormValidator.validate(form, online, TODAY), "online there is nothing to sign on paper");
    }

    @Test
    void problemsAreTranslatedIntoTheApplicantsLanguage() {
        List<ProblemCode> codes = List.of(ProblemCode.of("note", "field.tooLong", 200));

        assertEquals(
                "Teksts ir par garu: ne vairāk kā 200 rakstzīmes.",
                ProblemMessages.translate(codes, Locale.forLanguageTag("lv"))
                        .get(0)
                        .message());
        assertEquals(
                "The text is too long: at most 200 characters.",
                ProblemMessages.translate(codes, Locale.ENGLISH).get(0).message());
        assertTrue(ProblemMessages.translate(codes, Locale.forLanguageTag("ru"))
                .get(0)
                .message()
                .startsWith("Текст"));
    }

    private static Map<String, String> validAnswers() {
        Map<String, String> answers = new HashMap<>();
        answers.put("rent_amount", "125,50");
        answers.put("persons", "2");
        answers.put("ownership", "RENTED");
        answers.put("crisis_date", "2026-11-23");
        answers.put("iban", "LV80 BANK 0000 4351 9500 1");
        answers.put("school_class", "5.a");
        return answers;
    }

    private static ApplicationInput input(Map<String, String> answers) {
        return input(
                answers,
                List.of(),
                List.of(new IncomeInput(APPLICANT, IncomeType.PENSION, new BigDecimal("900"))),
                false);
    }

    private static ApplicationInput input(
            Map<String, String> answers,
            List<HouseholdMemberInput> household,
            List<IncomeInput> incomes,
            boolean noIncome) {
        return new ApplicationInput(
                "HOUSING_BENEFIT",
                Channel.ONLINE,
                null,
                new ApplicantInput(APPLICANT, "Līga", "Ozola", null, null),
                answers,
                household,
                incomes,
                noIncome,
                List.of(),
                true,
                false);
    }

    private static FormDefinition housingForm() {
        FormDefinition form = new FormDefinition(
                null,
                1,
                SectionRequirement.REQUIRED,
                SectionRequirement.REQUIRED,
                SectionRequirement.OPTIONAL,
                null,
                "test");
        FormStep costs = form.addStep("COSTS", text("Izdevumi"));
        costs.addField("rent_amount", FieldType.MONEY, text("Īre"), true)
                .withRange(BigDecimal.ZERO, new BigDecimal("2000"));
        costs.addField("persons", FieldType.NUMBER, text("Personas"), false)
                .withRange(BigDecimal.ONE, new BigDecimal("20"));
        costs.addField("ownership", FieldType.SELECT, text("Īpašums"), true)
                .withOption("RENTED", text("Īrēts"))
                .withOption("OWNED", text("Savs"));
        FormStep details = form.addStep("DETAILS", text("Detaļas"));
        details.addField("crisis_date", FieldType.DATE, text("Datums"), true).withDateRule(DateRule.PAST_OR_TODAY);
        details.addField("iban", FieldType.IBAN, text("Konts"), true);
        details.addField("note", FieldType.TEXTAREA, text("Piezīme"), false).withMaxLength(200);
        details.addField("school_class", FieldType.TEXT, text("Klase"), false)
                .withPattern("(1[0-2]|[1-9])[.]? ?[a-zA-Z]?");
        return form;
    }

    private static LocalizedText text(String lv) {
        return new LocalizedText(lv, lv, lv);
    }
}
