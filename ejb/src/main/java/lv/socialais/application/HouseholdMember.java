package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import lv.socialais.person.PersonalCode;

/** A member of the applicant's household, with his relation to the applicant. */
@Embeddable
public class HouseholdMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "personal_code", nullable = false)
    private String personalCode;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;

    protected HouseholdMember() {
        // for JPA
    }

    HouseholdMember(HouseholdMemberInput input) {
        this.personalCode = normalised(input.personalCode());
        this.firstName = input.firstName();
        this.lastName = input.lastName();
        this.relation = input.relation();
    }

    static String normalised(String code) {
        return code != null && PersonalCode.isValid(code)
                ? PersonalCode.of(code).value()
                : code;
    }

    HouseholdMemberInput toInput() {
        return new HouseholdMemberInput(personalCode, firstName, lastName, relation);
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Relation getRelation() {
        return relation;
    }
}
