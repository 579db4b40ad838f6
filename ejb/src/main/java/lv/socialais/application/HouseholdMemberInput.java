package lv.socialais.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A person who lives with the applicant and shares the household's income and costs. */
public record HouseholdMemberInput(
        @NotBlank(message = "{household.personalCode.required}") String personalCode,

        @NotBlank(message = "{household.firstName.required}") @Size(max = 100, message = "{text.tooLong}") String firstName,

        @NotBlank(message = "{household.lastName.required}") @Size(max = 100, message = "{text.tooLong}") String lastName,

        @NotNull(message = "{household.relation.required}") Relation relation)
        implements Serializable {}
