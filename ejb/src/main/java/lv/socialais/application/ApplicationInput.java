package lv.socialais.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything an application says, as any channel delivers it: the portal's wizard, the front
 * desk, the state portal's e-application or a scanned paper. The same input is saved as a
 * draft and submitted, and is checked against the type's form definition on submission.
 *
 * @param answers         the answers to the type's own questions, by field code, as text
 * @param submissionKey   chosen by the client once per application; a repeated submission
 *                        with the same key returns the first result and files nothing new
 * @param consentGiven    the applicant agrees to the register queries the type needs
 * @param signedOnPaper   the applicant signed a printed copy (front desk, paper)
 */
public record ApplicationInput(
        @NotBlank(message = "{type.required}") String typeCode,
        @NotNull Channel channel,
        @Size(max = 64, message = "{text.tooLong}") String submissionKey,
        @NotNull @Valid ApplicantInput applicant,

        @NotNull @Size(max = 200, message = "{answers.tooMany}") Map<String, String> answers,

        @NotNull @Size(max = 20, message = "{household.tooMany}") List<@Valid HouseholdMemberInput> household,

        @NotNull @Size(max = 60, message = "{income.tooMany}") List<@Valid IncomeInput> incomes,

        boolean noIncomeDeclared,

        @NotNull @Size(max = 30, message = "{property.tooMany}") List<@Valid PropertyInput> property,

        boolean consentGiven,
        boolean signedOnPaper)
        implements Serializable {

    public ApplicationInput {
        answers = answers == null
                ? Map.of()
                : answers.entrySet().stream()
                        .filter(entry -> entry.getKey() != null && entry.getValue() != null)
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        household = household == null ? List.of() : List.copyOf(household);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        property = property == null ? List.of() : List.copyOf(property);
    }

    /** The answer to a question, trimmed; empty text counts as no answer. */
    public String answer(String fieldCode) {
        String value = answers.get(fieldCode);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
