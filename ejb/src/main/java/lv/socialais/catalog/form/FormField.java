package lv.socialais.catalog.form;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.socialais.common.LocalizedText;

/** One question of a form: its answer type, label in three languages and the limits of a valid answer. */
@Entity
@Table(name = "form_field")
public class FormField implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_step_id")
    private FormStep step;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false)
    private FieldType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "label_lv")),
        @AttributeOverride(name = "en", column = @Column(name = "label_en")),
        @AttributeOverride(name = "ru", column = @Column(name = "label_ru"))
    })
    private LocalizedText label;

    @Column(name = "help_lv")
    private String helpLv;

    @Column(name = "help_en")
    private String helpEn;

    @Column(name = "help_ru")
    private String helpRu;

    private boolean required;

    @Column(name = "min_value", precision = 12, scale = 2)
    private BigDecimal minValue;

    @Column(name = "max_value", precision = 12, scale = 2)
    private BigDecimal maxValue;

    @Column(name = "max_length")
    private Integer maxLength;

    private String pattern;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_rule")
    private DateRule dateRule;

    @Column(name = "sort_order")
    private int sortOrder;

    @OneToMany(mappedBy = "field", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FieldOption> options = new ArrayList<>();

    protected FormField() {
        // for JPA
    }

    public FormField(FormStep step, String code, FieldType type, LocalizedText label, boolean required, int sortOrder) {
        this.step = step;
        this.code = code;
        this.type = type;
        this.label = label;
        this.required = required;
        this.sortOrder = sortOrder;
    }

    /** Sets the inclusive bounds of a NUMBER or MONEY answer; either may be null. */
    public FormField withRange(BigDecimal min, BigDecimal max) {
        this.minValue = min;
        this.maxValue = max;
        return this;
    }

    public FormField withMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    public FormField withPattern(String pattern) {
        this.pattern = pattern;
        return this;
    }

    public FormField withDateRule(DateRule rule) {
        this.dateRule = rule;
        return this;
    }

    public FormField withHelp(LocalizedText help) {
        this.helpLv = help == null ? null : help.lv();
        this.helpEn = help == null ? null : help.en();
        this.helpRu = help == null ? null : help.ru();
        return this;
    }

    public FormField withOption(String optionCode, LocalizedText optionLabel) {
        options.add(new FieldOption(this, optionCode, optionLabel, (options.size() + 1) * 10));
        return this;
    }

    /** An administrator's change in a new version: the wording residents read and whether an answer is required. */
    void edit(LocalizedText newLabel, LocalizedText newHelp, boolean nowRequired) {
        this.label = newLabel;
        withHelp(newHelp);
        this.required = nowRequired;
    }

    /** The choices of a SELECT field in a new version, in the order given. */
    void replaceOptions(List<FieldEdit.Option> newOptions) {
        options.clear();
        newOptions.forEach(option -> withOption(option.code(), option.label()));
    }

    /** A copy for a new version of the form, in the given step of that version. */
    FormField copyInto(FormStep newStep) {
        FormField copy = new FormField(newStep, code, type, label, required, sortOrder)
                .withRange(minValue, maxValue)
                .withMaxLength(maxLength)
                .withPattern(pattern)
                .withDateRule(dateRule);
        copy.helpLv = helpLv;
        copy.helpEn = helpEn;
        copy.helpRu = helpRu;
        options.forEach(option -> copy.withOption(option.getCode(), option.getLabel()));
        return copy;
    }

    public Long getId() {
        return id;
    }

    public FormStep getStep() {
        return step;
    }

    public String getCode() {
        return code;
    }

    public FieldType getType() {
        return type;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public Optional<LocalizedText> getHelp() {
        return helpLv == null ? Optional.empty() : Optional.of(new LocalizedText(helpLv, helpEn, helpRu));
    }

    public boolean isRequired() {
        return required;
    }

    public Optional<BigDecimal> getMinValue() {
        return Optional.ofNullable(minValue);
    }

    public Optional<BigDecimal> getMaxValue() {
        return Optional.ofNullable(maxValue);
    }

    public Optional<Integer> getMaxLength() {
        return Optional.ofNullable(maxLength);
    }

    public Optional<String> getPattern() {
        return Optional.ofNullable(pattern);
    }

    public Optional<DateRule> getDateRule() {
        return Optional.ofNullable(dateRule);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<FieldOption> getOptions() {
        return options;
    }

    public boolean hasOption(String optionCode) {
        return options.stream().anyMatch(option -> option.getCode().equals(optionCode));
    }
}
