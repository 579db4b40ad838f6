package lv.socialais.catalog.form;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lv.socialais.common.LocalizedText;

/** A page of the wizard with the type's own questions. */
@Entity
@Table(name = "form_step")
public class FormStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_definition_id")
    private FormDefinition form;

    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "title_lv")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))
    })
    private LocalizedText title;

    @Column(name = "sort_order")
    private int sortOrder;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FormField> fields = new ArrayList<>();

    protected FormStep() {
        // for JPA
    }

    public FormStep(FormDefinition form, String code, LocalizedText title, int sortOrder) {
        this.form = form;
        this.code = code;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    /** Adds a question at the end of the step and returns it, for its limits to be set. */
    public FormField addField(String fieldCode, FieldType type, LocalizedText label, boolean required) {
        FormField field = new FormField(this, fieldCode, type, label, required, (fields.size() + 1) * 10);
        fields.add(field);
        return field;
    }

    void retitle(LocalizedText newTitle) {
        this.title = newTitle;
    }

    FormStep copyInto(FormDefinition newForm) {
        FormStep copy = new FormStep(newForm, code, title, sortOrder);
        fields.forEach(field -> copy.fields.add(field.copyInto(copy)));
        return copy;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<FormField> getFields() {
        return fields;
    }
}
