package lv.socialais.catalog.form;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.common.LocalizedText;

/**
 * One version of what an application of a type asks. Versions are never changed once used:
 * an administrator's edit makes a new version, and each application keeps the version it was
 * filed under, so its answers are always read against the questions that were asked.
 */
@Entity
@Table(name = "form_definition")
public class FormDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_type_id")
    private ApplicationType applicationType;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_section", nullable = false)
    private SectionRequirement householdSection;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_section", nullable = false)
    private SectionRequirement incomeSection;

    @Enumerated(EnumType.STRING)
    @Column(name = "property_section", nullable = false)
    private SectionRequirement propertySection;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FormStep> steps = new ArrayList<>();

    protected FormDefinition() {
        // for JPA
    }

    public FormDefinition(
            ApplicationType applicationType,
            int versionNo,
            SectionRequirement household,
            SectionRequirement income,
            SectionRequirement property,
            Instant createdAt,
            String createdBy) {
        this.applicationType = applicationType;
        this.versionNo = versionNo;
        this.householdSection = household;
        this.incomeSection = income;
        this.propertySection = property;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.current = true;
    }

    public FormStep addStep(String code, LocalizedText title) {
        FormStep step = new FormStep(this, code, title, (steps.size() + 1) * 10);
        steps.add(step);
        return step;
    }

    /** The next version, with the same questions, for an administrator to change. */
    public FormDefinition nextVersion(Instant now, String author) {
        FormDefinition next = new FormDefinition(
                applicationType, versionNo + 1, householdSection, incomeSection, propertySection, now, author);
        steps.forEach(step -> next.steps.add(step.copyInto(next)));
        return next;
    }

    void retire() {
        this.current = false;
    }

    /** All questions of all steps, in wizard order. */
    public List<FormField> fields() {
        return steps.stream().flatMap(step -> step.getFields().stream()).toList();
    }

    public Optional<FormField> field(String code) {
        return fields().stream().filter(field -> field.getCode().equals(code)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public ApplicationType getApplicationType() {
        return applicationType;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isCurrent() {
        return current;
    }

    public SectionRequirement getHouseholdSection() {
        return householdSection;
    }

    public SectionRequirement getIncomeSection() {
        return incomeSection;
    }

    public SectionRequirement getPropertySection() {
        return propertySection;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<FormStep> getSteps() {
        return steps;
    }
}
