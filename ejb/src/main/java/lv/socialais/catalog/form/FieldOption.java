package lv.socialais.catalog.form;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import lv.socialais.common.LocalizedText;

/** One choice of a SELECT field. */
@Entity
@Table(name = "form_field_option")
public class FieldOption implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_field_id")
    private FormField field;

    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "label_lv")),
        @AttributeOverride(name = "en", column = @Column(name = "label_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "label_ru"))
    })
    private LocalizedText label;

    @Column(name = "sort_order")
    private int sortOrder;

    protected FieldOption() {
        // for JPA
    }

    public FieldOption(FormField field, String code, LocalizedText label, int sortOrder) {
        this.field = field;
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
