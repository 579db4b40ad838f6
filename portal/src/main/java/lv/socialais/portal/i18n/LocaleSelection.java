package lv.socialais.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the visitor reads the portal in: Latvian by default, English or Russian when he
 * chose one with the language switch ({@link LanguageServlet}), which keeps the choice in a
 * cookie. A cookie, not the session: an anonymous visitor reads the catalogue without one.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "lang";

    /** The portal's languages, each named in itself so a visitor recognises his own. */
    private static final List<Language> AVAILABLE =
            List.of(new Language("lv", "Latviešu"), new Language("en", "English"), new Language("ru", "Русский"));

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String chosen = Optional.ofNullable(request.getCookies()).stream()
                    .flatMap(Arrays::stream)
                    .filter(cookie -> COOKIE.equals(cookie.getName()))
                    .map(Cookie::getValue)
                    .filter(LocaleSelection::isOffered)
                    .findFirst()
                    .orElse("lv");
            locale = Locale.forLanguageTag(chosen);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Language> getAvailable() {
        return AVAILABLE;
    }

    static boolean isOffered(String code) {
        return AVAILABLE.stream().anyMatch(language -> language.code().equals(code));
    }

    /** A language offered in the switch. */
    public record Language(String code, String label) {}
}
