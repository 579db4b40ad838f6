package lv.socialais.portal.signin;

import java.time.LocalDate;
import lv.socialais.common.Riga;
import lv.socialais.person.PersonalCode;

/** A child does not apply on his own: a parent or guardian applies for him. */
final class Adults {

    private static final int AGE_OF_MAJORITY = 18;

    private Adults() {}

    /** True when the code tells a birth date less than 18 years ago; a new-format code tells none. */
    static boolean isMinor(PersonalCode code) {
        LocalDate today = LocalDate.now(Riga.ZONE);
        return code.birthDate()
                .map(born -> born.plusYears(AGE_OF_MAJORITY).isAfter(today))
                .orElse(false);
    }
}
