package lv.socialais.portal.filing;

import java.io.Serializable;
import lv.socialais.application.HouseholdMemberInput;
import lv.socialais.application.Relation;
import lv.socialais.person.PersonalCode;

/** A household member as typed in the wizard, kept as typed until the resident submits. */
public class MemberRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String personalCode;
    private String firstName;
    private String lastName;
    private Relation relation;

    static MemberRow of(HouseholdMemberInput input) {
        MemberRow row = new MemberRow();
        row.personalCode = PersonalCode.isValid(input.personalCode())
                ? PersonalCode.of(input.personalCode()).formatted()
                : input.personalCode();
        row.firstName = input.firstName();
        row.lastName = input.lastName();
        row.relation = input.relation();
        return row;
    }

    HouseholdMemberInput toInput() {
        return new HouseholdMemberInput(personalCode, firstName, lastName, relation);
    }

    /** Complete enough to be kept in a draft, whose table requires every column. */
    boolean isStorable() {
        return PersonalCode.isValid(personalCode)
                && notBlank(firstName)
                && notBlank(lastName)
                && relation != null
                && firstName.length() <= 100
                && lastName.length() <= 100;
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public void setPersonalCode(String personalCode) {
        this.personalCode = personalCode;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }
}
