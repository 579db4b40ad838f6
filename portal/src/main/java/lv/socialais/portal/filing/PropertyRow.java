package lv.socialais.portal.filing;

import java.io.Serializable;
import lv.socialais.application.PropertyInput;
import lv.socialais.application.PropertyKind;

/** One piece of property as typed; the estimated value stays text until submission. */
public class PropertyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private PropertyKind kind;
    private String description;
    private String value;

    static PropertyRow of(PropertyInput input) {
        PropertyRow row = new PropertyRow();
        row.kind = input.kind();
        row.description = input.description();
        row.value =
                input.estimatedValue() == null ? null : input.estimatedValue().toPlainString();
        return row;
    }

    PropertyInput toInput() {
        return new PropertyInput(kind, description, Amounts.parse(value).orElse(null));
    }

    boolean isStorable() {
        boolean valueOk = value == null
                || value.isBlank()
                || Amounts.parse(value)
                        .filter(v -> v.signum() >= 0 && v.precision() <= 12)
                        .isPresent();
        return kind != null && MemberRow.notBlank(description) && description.length() <= 300 && valueOk;
    }

    public PropertyKind getKind() {
        return kind;
    }

    public void setKind(PropertyKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
