package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lv.socialais.person.PersonalCode;

/** The person who applies, as the application records him. */
@Embeddable
public class Applicant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "applicant_personal_code", nullable = false)
    private String personalCode;

    @Column(name = "applicant_first_name")
    private String firstName;

    @Column(name = "applicant_last_name")
    private String lastName;

    @Column(name = "applicant_email")
    private String email;

    @Column(name = "applicant_phone")
    private String phone;

    protected Applicant() {
        // for JPA
    }

    Applicant(ApplicantInput input) {
        this.personalCode = PersonalCode.check(input.personalCode()).isEmpty()
                ? PersonalCode.of(input.personalCode()).value()
                : input.personalCode();
        this.firstName = input.firstName();
        this.lastName = input.lastName();
        this.email = blankToNull(input.email());
        this.phone = blankToNull(input.phone());
    }

    ApplicantInput toInput() {
        return new ApplicantInput(personalCode, firstName, lastName, email, phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public String getMaskedPersonalCode() {
        return PersonalCode.isValid(personalCode)
                ? PersonalCode.of(personalCode).masked()
                : "***********";
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
