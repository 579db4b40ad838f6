package lv.socialais.portal.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the visitor reads the portal in: Latvian by default, English or Russian on
 * request. Kept for the session, so every page is shown in the language chosen once.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The portal's languages, each named in itself so a visitor recognises his own. */
    private static final List<Language> AVAILABLE =
            List.of(new Language("lv", "Latviešu"), new Language("en", "English"), new Language("ru", "Русский"));

    private Locale locale = Locale.forLanguageTag("lv");

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Language> getAvailable() {
        return AVAILABLE;
    }

    /** Switches the language and shows the same page again. */
    public String select(String code) {
        AVAILABLE.stream()
                .filter(language -> language.code().equals(code))
                .findFirst()
                .ifPresent(language -> {
                    locale = Locale.forLanguageTag(language.code());
                    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
                });
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    /** A language offered in the switch. */
    public record Language(String code, String label) implements Serializable {}
}
