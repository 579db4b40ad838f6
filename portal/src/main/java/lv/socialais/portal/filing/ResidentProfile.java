package lv.socialais.portal.filing;

import java.io.Serializable;
import lv.socialais.person.PersonalCode;

/**
 * Who the signed-in resident is, as far as the portal knows: his personal code always, his
 * name and declared address from the population register when it answered.
 *
 * @param fromRegister false when the register did not answer and the name, if any, is a fallback
 */
public record ResidentProfile(
        String personalCode, String firstName, String lastName, String declaredAddress, boolean fromRegister)
        implements Serializable {

    public boolean isNameKnown() {
        return firstName != null && !firstName.isBlank() && lastName != null && !lastName.isBlank();
    }

    public String getFullName() {
        return isNameKnown() ? firstName + " " + lastName : getFormattedCode();
    }

    public String getFormattedCode() {
        return PersonalCode.of(personalCode).formatted();
    }

    public String getMaskedCode() {
        return PersonalCode.of(personalCode).masked();
    }
}
