package lv.socialais.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The applicant as the application names him. Name and address come from the population
 * register where it answers; email and phone are how the service may contact him.
 */
public record ApplicantInput(
        @NotBlank(message = "{applicant.personalCode.required}") String personalCode,

        @NotBlank(message = "{applicant.firstName.required}") @Size(max = 100, message = "{text.tooLong}") String firstName,

        @NotBlank(message = "{applicant.lastName.required}") @Size(max = 100, message = "{text.tooLong}") String lastName,

        @Email(message = "{field.email}") @Size(max = 200, message = "{text.tooLong}") String email,

        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "{field.phone}") String phone)
        implements Serializable {}
