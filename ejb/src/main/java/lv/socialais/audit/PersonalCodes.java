package lv.socialais.audit;

import java.util.regex.Pattern;

/**
 * Masks whatever looks like a personal code in text read back from the audit trail: a
 * resident's id as actor, or a code someone typed into a reason. The trail keeps what was
 * recorded; only what is shown is masked, as {@code PersonalCode.masked()} writes it.
 */
final class PersonalCodes {

    private static final Pattern CODE = Pattern.compile("(?<![\\w-])(\\d{6})-?\\d{5}(?![\\w-])");

    private PersonalCodes() {}

    static String masked(String text) {
        return text == null ? null : CODE.matcher(text).replaceAll("$1-*****");
    }
}
