package lv.socialais.portal.filing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.form.FieldOption;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormDefinitions;
import lv.socialais.catalog.form.FormField;
import lv.socialais.catalog.form.FormStep;

/** Copies a type's current form into a {@link FormView} inside one transaction, where lazy data can be read. */
@Stateless
public class FormViews {

    @Inject
    private FormDefinitions forms;

    /** The form new applications of an active type are filed under, or empty for an unknown or retired type. */
    public Optional<FormView> current(String typeCode) {
        return typeCode == null
                ? Optional.empty()
                : forms.currentFor(typeCode)
                        .filter(form -> form.getApplicationType().isActive())
                        .map(FormViews::view);
    }

    private static FormView view(FormDefinition form) {
        ApplicationType type = form.getApplicationType();
        return new FormView(
                type.getCode(),
                type.getName(),
                form.getHouseholdSection(),
                form.getIncomeSection(),
                form.getPropertySection(),
                form.getSteps().stream().map(FormViews::step).toList(),
                type.getDocuments().stream()
                        .map(d -> new FormView.Document(d.getCode(), d.getName(), d.isRequired()))
                        .toList(),
                type.getRegisterChecks().stream()
                        .map(c -> new FormView.Check(c.getRegister(), c.getQuery()))
                        .sorted(Comparator.comparing(FormView.Check::register).thenComparing(FormView.Check::query))
                        .toList());
    }

    private static FormView.Step step(FormStep step) {
        return new FormView.Step(
                step.getCode(),
                step.getTitle(),
                step.getFields().stream().map(FormViews::field).toList());
    }

    private static FormView.Field field(FormField field) {
        return new FormView.Field(
                field.getCode(),
                field.getType(),
                field.getLabel(),
                field.getHelp().orElse(null),
                field.isRequired(),
                field.getOptions().stream().map(FormViews::option).toList(),
                field.getMaxLength().orElse(null),
                field.getMinValue().orElse(null),
                field.getMaxValue().orElse(null),
                field.getDateRule().orElse(null));
    }

    private static FormView.Option option(FieldOption option) {
        return new FormView.Option(option.getCode(), option.getLabel());
    }
}
