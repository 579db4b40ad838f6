package lv.socialais.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.validation.Problem;
import lv.socialais.application.validation.ProblemCode;
import lv.socialais.application.validation.ProblemMessages;
import lv.socialais.catalog.form.FormDefinition;

/** Bean Validation of the input's shape plus the form definition's rules, as one list of problems. */
final class InputChecks {

    private InputChecks() {}

    static List<Problem> problems(
            Validator validator, FormDefinition form, ApplicationInput input, LocalDate today, Locale locale) {
        List<ProblemCode> codes = new ArrayList<>(shape(validator, input));
        if (form != null) {
            codes.addAll(FormValidator.validate(form, input, today));
        }
        return ProblemMessages.translate(codes, locale);
    }

    static <T> List<ProblemCode> shape(Validator validator, T input) {
        return validator.validate(input).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> ProblemCode.of(v.getPropertyPath().toString(), key(v.getMessageTemplate())))
                .toList();
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }

    static SubmissionRejected rejected(String field, String key, Locale locale) {
        return new SubmissionRejected(ProblemMessages.translate(List.of(ProblemCode.of(field, key)), locale));
    }
}
