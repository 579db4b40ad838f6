package lv.socialais.application.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translates problems into the applicant's language: Latvian, English or Russian. */
public final class ProblemMessages {

    static final String BUNDLE = "lv.socialais.application.validation.messages";

    private ProblemMessages() {}

    public static List<Problem> translate(List<ProblemCode> codes, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale == null ? Locale.forLanguageTag("lv") : locale, ProblemMessages.class.getClassLoader());
        return codes.stream().map(code -> translate(code, bundle, locale)).toList();
    }

    private static Problem translate(ProblemCode code, ResourceBundle bundle, Locale locale) {
        String pattern;
        try {
            pattern = bundle.getString(code.messageKey());
        } catch (MissingResourceException e) {
            pattern = code.messageKey();
        }
        String message =
                new MessageFormat(pattern, locale).format(code.arguments().toArray());
        return new Problem(code.field(), code.messageKey(), message);
    }
}
