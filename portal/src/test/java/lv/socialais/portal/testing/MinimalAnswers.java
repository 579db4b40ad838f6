package lv.socialais.portal.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormField;
import lv.socialais.catalog.form.SectionRequirement;

/**
 * The smallest valid answer set of any form: a value for every required field that its type,
 * limits, pattern and options accept, derived from the form definition itself.
 */
public final class MinimalAnswers {

    public static final String APPLICANT = "010190-12349";
    private static final List<String> TEXT_CANDIDATES =
            List.of("Teksts", "5", "5.a", "01/2026", "2025/2026", "LV-1001", "12345678", "A");

    private MinimalAnswers() {}

    public static ApplicationInput input(FormDefinition form, Channel channel, String submissionKey, LocalDate today) {
        return input(form, channel, submissionKey, answers(form, today));
    }

    public static ApplicationInput input(
            FormDefinition form, Channel channel, String submissionKey, Map<String, String> answers) {
        return new ApplicationInput(
                form.getApplicationType().getCode(),
                channel,
                submissionKey,
                new ApplicantInput(APPLICANT, "Līga", "Ozoliņa", "liga@example.lv", "+371 20000000"),
                answers,
                List.of(),
                List.of(),
                form.getIncomeSection() == SectionRequirement.REQUIRED,
                List.of(),
                true,
                channel == Channel.FRONT_DESK);
    }

    public static Map<String, String> answers(FormDefinition form, LocalDate today) {
        Map<String, String> answers = new HashMap<>();
        form.fields().stream()
                .filter(FormField::isRequired)
                .forEach(field -> answers.put(field.getCode(), value(field, today)));
        return answers;
    }

    static String value(FormField field, LocalDate today) {
        return switch (field.getType()) {
            case TEXT ->
                TEXT_CANDIDATES.stream()
                        .filter(text -> field.getPattern()
                                .map(p -> Pattern.compile(p).matcher(text).matches())
                                .orElse(true))
                        .filter(text -> text.length() <= field.getMaxLength().orElse(Integer.MAX_VALUE))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                "no test value matches " + field.getCode() + " " + field.getPattern()));
            case TEXTAREA -> "Apraksts";
            case NUMBER ->
                field.getMinValue()
                        .orElse(BigDecimal.ONE)
                        .max(BigDecimal.ZERO)
                        .toBigInteger()
                        .toString();
            case MONEY -> field.getMinValue().orElse(BigDecimal.TEN).setScale(2).toPlainString();
            case DATE ->
                field.getDateRule()
                        .map(rule -> switch (rule) {
                            case PAST -> today.minusDays(1);
                            case FUTURE -> today.plusDays(1);
                            case PAST_OR_TODAY, TODAY_OR_FUTURE -> today;
                        })
                        .orElse(today)
                        .toString();
            case BOOLEAN -> "true";
            case SELECT -> field.getOptions().get(0).getCode();
            case PERSONAL_CODE -> "010120-20004";
            case IBAN -> "LV80BANK0000435195001";
            case EMAIL -> "test@example.lv";
            case PHONE -> "+371 20000000";
        };
    }
}
