package lv.socialais.common;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept in the three languages of the portal: Latvian (the official language and the
 * fallback), English and Russian. Used for data that administrators edit, such as the names
 * of application types; fixed UI texts live in resource bundles instead.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lv;
    private String en;
    private String ru;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String lv, String en, String ru) {
        this.lv = Objects.requireNonNull(lv, "the Latvian text is required");
        this.en = en;
        this.ru = ru;
    }

    /** The text in the locale's language, or in Latvian when that translation is missing. */
    public String in(Locale locale) {
        String text = switch (locale == null ? "lv" : locale.getLanguage()) {
            case "en" -> en;
            case "ru" -> ru;
            default -> lv;
        };
        return text == null || text.isBlank() ? lv : text;
    }

    /** Whether the text is there in all three languages, none longer than {@code maxLength}: what residents must be shown. */
    public boolean isComplete(int maxLength) {
        return complete(lv, maxLength) && complete(en, maxLength) && complete(ru, maxLength);
    }

    private static boolean complete(String text, int maxLength) {
        return text != null && !text.isBlank() && text.length() <= maxLength;
    }

    public String lv() {
        return lv;
    }

    public String en() {
        return en;
    }

    public String ru() {
        return ru;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && Objects.equals(lv, that.lv)
                && Objects.equals(en, that.en)
                && Objects.equals(ru, that.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lv, en, ru);
    }

    @Override
    public String toString() {
        return lv;
    }
}
