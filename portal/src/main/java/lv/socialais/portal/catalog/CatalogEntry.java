package lv.socialais.portal.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import lv.socialais.catalog.ApplicationKind;
import lv.socialais.catalog.LifeSituation;
import lv.socialais.common.LocalizedText;

/** One application type as the catalogue shows it: what it is, who can apply, what to bring, how much, how soon. */
public record CatalogEntry(
        String code,
        ApplicationKind kind,
        LifeSituation lifeSituation,
        LocalizedText name,
        LocalizedText eligibility,
        List<Document> documents,
        BigDecimal fixedAmount,
        int deadlineDays,
        boolean deadlineInWorkDays,
        LocalizedText department)
        implements Serializable {

    /** True when every word of the query is in the entry's texts in that language, ignoring case and diacritics. */
    boolean matches(String query, Locale locale) {
        if (query == null || query.isBlank()) {
            return true;
        }
        StringBuilder text = new StringBuilder(name.in(locale)).append(' ').append(name.lv());
        if (eligibility != null) {
            text.append(' ').append(eligibility.in(locale));
        }
        documents.forEach(document -> text.append(' ').append(document.name().in(locale)));
        String haystack = plain(text.toString());
        for (String word : plain(query).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Mājokļa" and "majokla" are the same search: many type without Latvian letters. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    public record Document(LocalizedText name, boolean required) implements Serializable {}
}
