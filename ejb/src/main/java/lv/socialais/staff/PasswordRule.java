package lv.socialais.staff;

import java.util.Locale;
import lv.socialais.administration.ChangeRejected;

/**
 * What a staff password set by an administrator must be: at least 10 characters with a letter
 * and a digit, and not the user name in another form. Long passphrases are welcome (up to 128).
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordRule() {}

    /** @throws ChangeRejected with the message key admin.staff.password when the password is too weak */
    public static void check(char[] password, String username) {
        String text = password == null ? "" : new String(password);
        boolean letter = text.chars().anyMatch(Character::isLetter);
        boolean digit = text.chars().anyMatch(Character::isDigit);
        boolean containsName = username != null
                && !username.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT));
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH || !letter || !digit || containsName) {
            throw new ChangeRejected("admin.staff.password.invalid", MIN_LENGTH);
        }
    }
}
