package lv.socialais.catalog;

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

/** A document that a resident attaches to an application of a type, either required or helpful. */
@Entity
@Table(name = "application_type_document")
public class RequiredDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_type_id")
    private ApplicationType applicationType;

    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "name_lv")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    private boolean required;

    @Column(name = "sort_order")
    private int sortOrder;

    protected RequiredDocument() {
        // for JPA
    }

    RequiredDocument(ApplicationType applicationType, String code) {
        this.applicationType = applicationType;
        this.code = code;
    }

    void change(LocalizedText newName, boolean nowRequired, int newSortOrder) {
        this.name = newName;
        this.required = nowRequired;
        this.sortOrder = newSortOrder;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** An administrator's entry for a document: its code (kept across changes), name and whether it is required. */
    public record Input(String code, LocalizedText name, boolean required) implements Serializable {}
}
