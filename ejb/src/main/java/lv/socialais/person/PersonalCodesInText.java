package lv.socialais.person;

import java.util.regex.Pattern;

/**
 * Masks the personal codes a free text may carry, such as a register's fault message that echoes
 * the code it was asked about, before the text is logged or stored in a log-like field. Any run
 * of eleven digits (with or without the dash after the sixth) not inside a longer number is
 * taken for one: masking a number that was not a code costs less than logging one that was.
 */
public final class PersonalCodesInText {

    private static final Pattern CODE = Pattern.compile("(?<![\\d])(\\d{6})-?\\d{5}(?![\\d])");

    private PersonalCodesInText() {}

    /** The text with each code shown as its first six digits and "-*****". */
    public static String mask(String text) {
        return text == null ? null : CODE.matcher(text).replaceAll("$1-*****");
    }
}
