package lv.socialais.portal.filing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import lv.socialais.catalog.form.DateRule;
import lv.socialais.catalog.form.FieldType;
import lv.socialais.catalog.form.SectionRequirement;
import lv.socialais.common.LocalizedText;

/**
 * What the wizard shows of an application type and its current form: a serialisable copy made
 * once when the wizard opens, so the view never holds entities or reads lazy collections late.
 */
public record FormView(
        String typeCode,
        LocalizedText typeName,
        SectionRequirement household,
        SectionRequirement income,
        SectionRequirement property,
        List<Step> steps,
        List<Document> documents,
        List<Check> registerChecks)
        implements Serializable {

    public Optional<Field> field(String code) {
        return steps.stream()
                .flatMap(step -> step.fields().stream())
                .filter(f -> f.code().equals(code))
                .findFirst();
    }

    /** A page of the type's own questions. */
    public record Step(String code, LocalizedText title, List<Field> fields) implements Serializable {}

    /** One question and the limits the input control can tell the resident in advance. */
    public record Field(
            String code,
            FieldType type,
            LocalizedText label,
            LocalizedText help,
            boolean required,
            List<Option> options,
            Integer maxLength,
            BigDecimal min,
            BigDecimal max,
            DateRule dateRule)
            implements Serializable {

        public boolean hasHelp() {
            return help != null;
        }
    }

    public record Option(String code, LocalizedText label) implements Serializable {}

    public record Document(String code, LocalizedText name, boolean required) implements Serializable {}

    /** A register query the type needs, e.g. PMLP PERSON: listed on the consent step. */
    public record Check(String register, String query) implements Serializable {}
}
