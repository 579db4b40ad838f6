package lv.socialais.portal.staff.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.form.FieldEdit;
import lv.socialais.catalog.form.FieldType;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormDefinitions;
import lv.socialais.catalog.form.FormEdit;
import lv.socialais.catalog.form.FormField;
import lv.socialais.catalog.form.FormStep;
import lv.socialais.common.LocalizedText;

/**
 * The administrator's page of a type's form: the current version with every question's wording,
 * help, required flag and choices to edit, published as a new version (new applications get it,
 * filed ones keep theirs), and the history of versions.
 */
@Named
@ViewScoped
public class FormEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FormDefinitions forms;

    @Inject
    private CatalogAdministration catalog;

    @Inject
    private AdminPage page;

    private String code;
    private String typeName;
    private Integer currentVersion;
    private List<StepRow> steps = new ArrayList<>();
    private List<Version> versions = List.of();

    /** Called by the page's viewAction once the type's code is known. */
    public void load() {
        if (!page.allowed()) {
            return;
        }
        catalog.type(code).ifPresent(type -> typeName = type.getName().lv());
        forms.currentFor(code).ifPresent(this::fill);
        versions = forms.versions(code).stream()
                .map(form ->
                        new Version(form.getVersionNo(), form.getCreatedAt(), form.getCreatedBy(), form.isCurrent()))
                .toList();
    }

    private void fill(FormDefinition form) {
        currentVersion = form.getVersionNo();
        steps = new ArrayList<>(form.getSteps().stream().map(StepRow::of).toList());
    }

    public void publish() {
        if (!page.allowed() || currentVersion == null) {
            return;
        }
        Map<String, LocalizedText> titles = new LinkedHashMap<>();
        List<FieldEdit> edits = new ArrayList<>();
        for (StepRow step : steps) {
            titles.put(step.code, step.title.text());
            step.fields.forEach(field -> edits.add(field.edit()));
        }
        FormEdit edit = new FormEdit(titles, edits);
        boolean published = page.run(
                () -> forms.publishNewVersion(code, edit, page.admin()), "admin.form.published", currentVersion + 1);
        if (published) {
            load();
        }
    }

    public void addOption(FieldRow field) {
        field.options.add(new OptionRow());
    }

    public void removeOption(FieldRow field, OptionRow option) {
        field.options.remove(option);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTypeName() {
        return typeName;
    }

    public Integer getCurrentVersion() {
        return currentVersion;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public List<Version> getVersions() {
        return versions;
    }

    /** One version in the history. */
    public record Version(int number, Instant createdAt, String createdBy, boolean current) implements Serializable {}

    /** A step of the form as edited: its title. */
    public static class StepRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private Texts3 title;
        private List<FieldRow> fields;

        static StepRow of(FormStep step) {
            StepRow row = new StepRow();
            row.code = step.getCode();
            row.title = Texts3.of(step.getTitle());
            row.fields =
                    new ArrayList<>(step.getFields().stream().map(FieldRow::of).toList());
            return row;
        }

        public String getCode() {
            return code;
        }

        public Texts3 getTitle() {
            return title;
        }

        public List<FieldRow> getFields() {
            return fields;
        }
    }

    /** A question as edited: wording, help, required flag and, for a choice, the options. */
    public static class FieldRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private FieldType type;
        private Texts3 label;
        private Texts3 help;
        private boolean required;
        private List<OptionRow> options;

        static FieldRow of(FormField field) {
            FieldRow row = new FieldRow();
            row.code = field.getCode();
            row.type = field.getType();
            row.label = Texts3.of(field.getLabel());
            row.help = Texts3.of(field.getHelp().orElse(null));
            row.required = field.isRequired();
            row.options = new ArrayList<>(field.getOptions().stream()
                    .map(option -> {
                        OptionRow optionRow = new OptionRow();
                        optionRow.code = option.getCode();
                        optionRow.label = Texts3.of(option.getLabel());
                        return optionRow;
                    })
                    .toList());
            return row;
        }

        FieldEdit edit() {
            return new FieldEdit(
                    code,
                    label.text(),
                    help.isBlank() ? null : help.text(),
                    required,
                    options.stream()
                            .map(option -> new FieldEdit.Option(
                                    option.code == null
                                            ? null
                                            : option.code.strip().toUpperCase(java.util.Locale.ROOT),
                                    option.label.text()))
                            .toList());
        }

        public boolean isChoice() {
            return type == FieldType.SELECT;
        }

        public String getCode() {
            return code;
        }

        public FieldType getType() {
            return type;
        }

        public Texts3 getLabel() {
            return label;
        }

        public Texts3 getHelp() {
            return help;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public List<OptionRow> getOptions() {
            return options;
        }
    }

    /** One choice of a SELECT question. */
    public static class OptionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private Texts3 label = new Texts3();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Texts3 getLabel() {
            return label;
        }
    }
}
