package lv.socialais.catalog.form;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.common.LocalizedText;

/**
 * An administrator's edit of a form, made into a new version: step titles and, per question,
 * wording, help, the required flag and the choices. Questions are neither added nor removed
 * here, and their answer types stay, so the new version asks the same things in better words;
 * a version that changes nothing is refused.
 */
public record FormEdit(Map<String, LocalizedText> stepTitles, List<FieldEdit> fields)
        implements FormDefinitions.FormChange, Serializable {

    private static final Pattern OPTION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,59}");
    private static final int LABEL_LENGTH = 300;
    private static final int TITLE_LENGTH = 200;
    private static final int HELP_LENGTH = 1000;

    public FormEdit {
        stepTitles = stepTitles == null ? Map.of() : Map.copyOf(stepTitles);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** @throws ChangeRejected when a text is missing or too long, an option code is wrong, or nothing changes */
    @Override
    public void applyTo(FormDefinition newVersion) {
        boolean changed = false;
        for (FormStep step : newVersion.getSteps()) {
            LocalizedText title = stepTitles.get(step.getCode());
            if (title != null && !title.equals(step.getTitle())) {
                requireTexts(title, TITLE_LENGTH, "admin.form.stepTitle.invalid", step.getCode());
                step.retitle(title);
                changed = true;
            }
        }
        for (FieldEdit edit : fields) {
            FormField field = newVersion
                    .field(edit.fieldCode())
                    .orElseThrow(() -> new ChangeRejected("admin.form.unknownField", edit.fieldCode()));
            changed |= apply(field, edit);
        }
        if (!changed) {
            throw new ChangeRejected("admin.form.noChange");
        }
    }

    private static boolean apply(FormField field, FieldEdit edit) {
        requireTexts(edit.label(), LABEL_LENGTH, "admin.form.label.invalid", field.getCode());
        LocalizedText help = edit.help() == null
                        || blank(edit.help().lv())
                                && blank(edit.help().en())
                                && blank(edit.help().ru())
                ? null
                : edit.help();
        if (help != null) {
            requireTexts(help, HELP_LENGTH, "admin.form.help.invalid", field.getCode());
        }
        boolean optionsChanged = false;
        if (field.getType() == FieldType.SELECT) {
            checkOptions(field, edit.options());
            optionsChanged = !sameOptions(field, edit.options());
        }
        boolean changed = !edit.label().equals(field.getLabel())
                || !Objects.equals(help, field.getHelp().orElse(null))
                || edit.required() != field.isRequired()
                || optionsChanged;
        field.edit(edit.label(), help, edit.required());
        if (optionsChanged) {
            field.replaceOptions(edit.options());
        }
        return changed;
    }

    private static void checkOptions(FormField field, List<FieldEdit.Option> options) {
        if (options.isEmpty()) {
            throw new ChangeRejected("admin.form.noOptions", field.getCode());
        }
        Set<String> codes = new HashSet<>();
        for (FieldEdit.Option option : options) {
            if (option.code() == null || !OPTION_CODE.matcher(option.code()).matches()) {
                throw new ChangeRejected("admin.form.optionCode.invalid", field.getCode());
            }
            if (!codes.add(option.code())) {
                throw new ChangeRejected("admin.form.optionDuplicate", field.getCode(), option.code());
            }
            requireTexts(option.label(), LABEL_LENGTH, "admin.form.optionLabel.invalid", field.getCode());
        }
    }

    private static boolean sameOptions(FormField field, List<FieldEdit.Option> options) {
        List<FieldOption> current = field.getOptions();
        if (current.size() != options.size()) {
            return false;
        }
        for (int i = 0; i < options.size(); i++) {
            if (!current.get(i).getCode().equals(options.get(i).code())
                    || !current.get(i).getLabel().equals(options.get(i).label())) {
                return false;
            }
        }
        return true;
    }

    private static void requireTexts(LocalizedText text, int maxLength, String messageKey, String where) {
        if (text == null || !text.isComplete(maxLength)) {
            throw new ChangeRejected(messageKey, where, maxLength);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
