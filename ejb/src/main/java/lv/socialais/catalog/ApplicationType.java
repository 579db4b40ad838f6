package lv.socialais.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lv.socialais.common.LocalizedText;

/**
 * A kind of application the social service accepts: a status, benefit, service, change of a
 * running service or certificate. Its definition is data, kept by administrators: who handles
 * it, how long the service has to decide, which documents and register checks it needs and
 * which rule assesses it.
 */
@Entity
@Table(name = "application_type")
public class ApplicationType implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_situation", nullable = false)
    private LifeSituation lifeSituation;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "name_lv")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "eligibility_lv")),
        @AttributeOverride(name = "en", column = @Column(name = "eligibility_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "eligibility_ru"))
    })
    private LocalizedText eligibility;

    @Column(name = "decision_deadline_days", nullable = false)
    private int decisionDeadlineDays;

    @Column(name = "deadline_in_work_days", nullable = false)
    private boolean deadlineInWorkDays;

    @Column(name = "assessment_rule")
    private String assessmentRule;

    @Column(name = "fixed_amount", precision = 10, scale = 2)
    private BigDecimal fixedAmount;

    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "applicationType", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RequiredDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_type_register_check", joinColumns = @JoinColumn(name = "application_type_id"))
    private Set<RegisterCheck> registerChecks = new HashSet<>();

    @Version
    private long version;

    protected ApplicationType() {
        // for JPA
    }

    /** An administrator's change; the form is changed by a new form version instead. */
    void change(
            LocalizedText newName,
            LocalizedText newEligibility,
            int deadlineDays,
            boolean workDays,
            Department newDepartment,
            BigDecimal newFixedAmount,
            boolean nowActive) {
        if (deadlineDays < 1 || deadlineDays > 120) {
            throw new IllegalArgumentException("a decision deadline is 1 to 120 days");
        }
        this.name = newName;
        this.eligibility = newEligibility;
        this.decisionDeadlineDays = deadlineDays;
        this.deadlineInWorkDays = workDays;
        this.department = newDepartment;
        this.fixedAmount = newFixedAmount;
        this.active = nowActive;
    }

    /**
     * An administrator's list of documents, in the order given: a document kept under the same
     * code is changed in place, new codes are added and missing ones removed.
     */
    void replaceDocuments(List<RequiredDocument.Input> inputs) {
        List<RequiredDocument> kept = new ArrayList<>();
        int order = 10;
        for (RequiredDocument.Input input : inputs) {
            RequiredDocument document = documents.stream()
                    .filter(d -> d.getCode().equals(input.code()))
                    .findFirst()
                    .orElseGet(() -> new RequiredDocument(this, input.code()));
            document.change(input.name(), input.required(), order);
            kept.add(document);
            order += 10;
        }
        documents.clear();
        documents.addAll(kept);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public LifeSituation getLifeSituation() {
        return lifeSituation;
    }

    public Department getDepartment() {
        return department;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getEligibility() {
        return eligibility;
    }

    public int getDecisionDeadlineDays() {
        return decisionDeadlineDays;
    }

    public boolean isDeadlineInWorkDays() {
        return deadlineInWorkDays;
    }

    public Optional<String> getAssessmentRule() {
        return Optional.ofNullable(assessmentRule);
    }

    public Optional<BigDecimal> getFixedAmount() {
        return Optional.ofNullable(fixedAmount);
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<RequiredDocument> getDocuments() {
        return documents;
    }

    public Set<RegisterCheck> getRegisterChecks() {
        return registerChecks;
    }
}
