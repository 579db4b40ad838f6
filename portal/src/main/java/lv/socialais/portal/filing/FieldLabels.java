package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.socialais.portal.filing.WizardStep.Kind;
import lv.socialais.portal.i18n.Texts;

/**
 * Names fields and pages in the resident's language: the label a problem is listed under in
 * the summary ("Household member 1, personal code"), the title of each wizard page, and which
 * input control a question uses.
 */
@Named
@RequestScoped
public class FieldLabels {

    private static final Pattern ROW = Pattern.compile("(household|incomes|property)\\[(\\d+)]\\.(\\w+)");

    @Inject
    private WizardView wizard;

    @Inject
    private Texts texts;

    public String of(String field) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            int number = Integer.parseInt(row.group(2)) + 1;
            return texts.get("row." + row.group(1), number) + ", "
                    + texts.get("label." + row.group(1) + "." + row.group(3));
        }
        return wizard.getForm()
                .field(field)
                .map(question -> question.label().in(texts.locale()))
                .orElseGet(() -> texts.get("label." + field));
    }

    /** The title of a row of a shared section: "Household member 2". */
    public String row(String section, int index) {
        return texts.get("row." + section, index + 1);
    }

    public String titleOf(WizardStep step) {
        return step.kind() == Kind.QUESTIONS
                ? wizard.getForm().steps().get(step.questions()).title().in(texts.locale())
                : texts.get("wizard.step." + step.kind());
    }

    /** The id of the control that a question's label points to: one per kind of control. */
    public String inputOf(FormView.Field field) {
        return switch (field.type()) {
            case TEXTAREA -> "area";
            case DATE -> "date";
            case SELECT -> "select";
            case BOOLEAN -> "yesno";
            default -> "text";
        };
    }

    /** The HTML input type that brings up the right keyboard on a phone. */
    public String htmlType(FormView.Field field) {
        return switch (field.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }

    public String inputMode(FormView.Field field) {
        return switch (field.type()) {
            case NUMBER, PERSONAL_CODE -> "numeric";
            case MONEY -> "decimal";
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }
}
