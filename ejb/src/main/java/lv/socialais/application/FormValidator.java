package lv.socialais.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import lv.socialais.application.validation.Iban;
import lv.socialais.application.validation.ProblemCode;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormField;
import lv.socialais.catalog.form.SectionRequirement;
import lv.socialais.person.PersonalCode;

/**
 * Checks an application against the form definition it is filed under and returns every
 * problem at once, so that a resident fixes them all in one go. Pure: today's date is given.
 */
public final class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,20}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,12}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}([.,]\\d{1,2})?");
    private static final int DEFAULT_MAX_LENGTH = 4000;

    private FormValidator() {}

    public static List<ProblemCode> validate(FormDefinition form, ApplicationInput input, LocalDate today) {
        List<ProblemCode> problems = new ArrayList<>();
        for (FormField field : form.fields()) {
            checkAnswer(field, input.answer(field.getCode()), today, problems);
        }
        Set<String> known = new HashSet<>();
        form.fields().forEach(field -> known.add(field.getCode()));
        input.answers().keySet().stream()
                .filter(code -> !known.contains(code))
                .sorted()
                .forEach(code -> problems.add(ProblemCode.of(code, "field.unknown")));
        checkApplicant(input, problems);
        checkHousehold(form, input, problems);
        checkIncome(form, input, problems);
        if (form.getPropertySection() == SectionRequirement.NONE
                && !input.property().isEmpty()) {
            problems.add(ProblemCode.of("property", "section.notAsked"));
        }
        if (!input.consentGiven()) {
            problems.add(ProblemCode.of("consentGiven", "consent.required"));
        }
        // At the front desk the applicant signs the printed application (and the consent in it):
        // without that signature the clerk's filing is only his word.
        if (input.channel() == Channel.FRONT_DESK && !input.signedOnPaper()) {
            problems.add(ProblemCode.of("signedOnPaper", "signedOnPaper.required"));
        }
        return problems;
    }

    private static void checkAnswer(FormField field, String answer, LocalDate today, List<ProblemCode> problems) {
        String code = field.getCode();
        if (answer == null) {
            if (field.isRequired()) {
                problems.add(ProblemCode.of(code, "field.required"));
            }
            return;
        }
        switch (field.getType()) {
            case TEXT, TEXTAREA -> checkText(field, answer, problems);
            case NUMBER -> checkNumber(field, answer, INTEGER, "field.number", problems);
            case MONEY -> checkNumber(field, answer, DECIMAL, "field.money", problems);
            case DATE -> checkDate(field, answer, today, problems);
            case BOOLEAN -> {
                if (!answer.equals("true") && !answer.equals("false")) {
                    problems.add(ProblemCode.of(code, "field.boolean"));
                }
            }
            case SELECT -> {
                if (!field.hasOption(answer)) {
                    problems.add(ProblemCode.of(code, "field.option"));
                }
            }
            case PERSONAL_CODE ->
                PersonalCode.check(answer)
                        .ifPresent(problem -> problems.add(ProblemCode.of(code, problem.messageKey())));
            case IBAN -> {
                if (!Iban.isValid(answer)) {
                    problems.add(ProblemCode.of(code, "field.iban"));
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(answer).matches() || answer.length() > 200) {
                    problems.add(ProblemCode.of(code, "field.email"));
                }
            }
            case PHONE -> {
                if (!PHONE.matcher(answer).matches()) {
                    problems.add(ProblemCode.of(code, "field.phone"));
                }
            }
        }
    }

    private static void checkText(FormField field, String answer, List<ProblemCode> problems) {
        int max = field.getMaxLength().orElse(DEFAULT_MAX_LENGTH);
        if (answer.length() > max) {
            problems.add(ProblemCode.of(field.getCode(), "field.tooLong", max));
            return;
        }
        field.getPattern().ifPresent(pattern -> {
            if (!matches(pattern, answer)) {
                problems.add(ProblemCode.of(field.getCode(), "field.pattern"));
            }
        });
    }

    private static boolean matches(String pattern, String answer) {
        try {
            return Pattern.compile(pattern).matcher(answer).matches();
        } catch (PatternSyntaxException e) {
            // A broken pattern in the form definition must not stop residents from applying.
            return true;
        }
    }

    private static void checkNumber(
            FormField field, String answer, Pattern format, String formatKey, List<ProblemCode> problems) {
        if (!format.matcher(answer).matches()) {
            problems.add(ProblemCode.of(field.getCode(), formatKey));
            return;
        }
        BigDecimal value = new BigDecimal(answer.replace(',', '.'));
        field.getMinValue()
                .filter(min -> value.compareTo(min) < 0)
                .ifPresent(min -> problems.add(ProblemCode.of(
                        field.getCode(), "field.min", min.stripTrailingZeros().toPlainString())));
        field.getMaxValue()
                .filter(max -> value.compareTo(max) > 0)
                .ifPresent(max -> problems.add(ProblemCode.of(
                        field.getCode(), "field.max", max.stripTrailingZeros().toPlainString())));
    }

    private static void checkDate(FormField field, String answer, LocalDate today, List<ProblemCode> problems) {
        LocalDate date;
        try {
            date = LocalDate.parse(answer);
        } catch (DateTimeParseException e) {
            problems.add(ProblemCode.of(field.getCode(), "field.date"));
            return;
        }
        field.getDateRule().ifPresent(rule -> {
            boolean valid = switch (rule) {
                case PAST -> date.isBefore(today);
                case FUTURE -> date.isAfter(today);
                case PAST_OR_TODAY -> !date.isAfter(today);
                case TODAY_OR_FUTURE -> !date.isBefore(today);
            };
            if (!valid) {
                problems.add(ProblemCode.of(field.getCode(), "field.date." + rule));
            }
        });
    }

    private static void checkApplicant(ApplicationInput input, List<ProblemCode> problems) {
        String code = input.applicant().personalCode();
        if (code != null && !code.isBlank()) {
            PersonalCode.check(code)
                    .ifPresent(problem -> problems.add(ProblemCode.of("applicant.personalCode", problem.messageKey())));
        }
    }

    private static void checkHousehold(FormDefinition form, ApplicationInput input, List<ProblemCode> problems) {
        if (form.getHouseholdSection() == SectionRequirement.NONE) {
            if (!input.household().isEmpty()) {
                problems.add(ProblemCode.of("household", "section.notAsked"));
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        seen.add(normalised(input.applicant().personalCode()));
        for (int i = 0; i < input.household().size(); i++) {
            HouseholdMemberInput member = input.household().get(i);
            String field = "household[" + i + "].personalCode";
            if (member.personalCode() == null || member.personalCode().isBlank()) {
                continue; // Bean Validation reports the missing code
            }
            var problem = PersonalCode.check(member.personalCode());
            if (problem.isPresent()) {
                problems.add(ProblemCode.of(field, problem.get().messageKey()));
            } else if (!seen.add(PersonalCode.of(member.personalCode()).value())) {
                problems.add(ProblemCode.of(field, "household.duplicate"));
            }
        }
    }

    private static void checkIncome(FormDefinition form, ApplicationInput input, List<ProblemCode> problems) {
        if (form.getIncomeSection() == SectionRequirement.NONE) {
            if (!input.incomes().isEmpty()) {
                problems.add(ProblemCode.of("incomes", "section.notAsked"));
            }
            return;
        }
        if (form.getIncomeSection() == SectionRequirement.REQUIRED
                && input.incomes().isEmpty()
                && !input.noIncomeDeclared()) {
            problems.add(ProblemCode.of("incomes", "income.required"));
        }
        Set<String> household = new HashSet<>();
        household.add(normalised(input.applicant().personalCode()));
        input.household().forEach(member -> household.add(normalised(member.personalCode())));
        for (int i = 0; i < input.incomes().size(); i++) {
            IncomeInput income = input.incomes().get(i);
            if (income.earnerPersonalCode() != null
                    && !income.earnerPersonalCode().isBlank()
                    && !household.contains(normalised(income.earnerPersonalCode()))) {
                problems.add(ProblemCode.of("incomes[" + i + "].earnerPersonalCode", "income.earnerUnknown"));
            }
        }
    }

    private static String normalised(String personalCode) {
        return personalCode == null ? "" : personalCode.strip().replace("-", "");
    }
}
