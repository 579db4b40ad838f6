package lv.socialais.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts for Java code (messages, PDFs), in the visitor's language: the same
 * bundle the pages read as {@code i18n}, and the core's bundle of validation and attachment
 * messages, so that a message has one translation wherever it is shown.
 */
@RequestScoped
public class Texts {

    public static final String PORTAL = "lv.socialais.portal.i18n.messages";
    public static final String CORE = "lv.socialais.application.validation.messages";

    @Inject
    private LocaleSelection localeSelection;

    public String get(String key, Object... arguments) {
        return of(localeSelection.getLocale(), key, arguments);
    }

    public String core(String key, Object... arguments) {
        return format(bundle(CORE, localeSelection.getLocale()), key, localeSelection.getLocale(), arguments);
    }

    public Locale locale() {
        return localeSelection.getLocale();
    }

    /** A portal text in the given language, for code that runs outside a page. */
    public static String of(Locale locale, String key, Object... arguments) {
        return format(bundle(PORTAL, locale), key, locale, arguments);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader());
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
