package lv.socialais.catalog.form;

import java.io.Serializable;
import java.util.List;
import lv.socialais.common.LocalizedText;

/**
 * What an administrator changes in one question for a new form version: its label and help in
 * the three languages, whether it must be answered, and, for a choice, its options (existing
 * codes keep the answers of earlier applications meaningful; new codes add choices).
 */
public record FieldEdit(
        String fieldCode, LocalizedText label, LocalizedText help, boolean required, List<Option> options)
        implements Serializable {

    public FieldEdit {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** One choice of a SELECT question. */
    public record Option(String code, LocalizedText label) implements Serializable {}
}
