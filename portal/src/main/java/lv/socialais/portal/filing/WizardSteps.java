package lv.socialais.portal.filing;

import java.util.ArrayList;
import java.util.List;
import lv.socialais.portal.filing.WizardStep.Kind;

/**
 * The order of the wizard's pages for a form: who applies, the shared sections the form asks
 * for, the type's own questions, documents, consent, review. Also tells on which page the
 * field named by a problem is.
 */
final class WizardSteps {

    private WizardSteps() {}

    static List<WizardStep> of(FormView form) {
        List<WizardStep> steps = new ArrayList<>();
        steps.add(WizardStep.of(Kind.APPLICANT));
        if (form.household().shown()) {
            steps.add(WizardStep.of(Kind.HOUSEHOLD));
        }
        if (form.income().shown()) {
            steps.add(WizardStep.of(Kind.INCOME));
        }
        if (form.property().shown()) {
            steps.add(WizardStep.of(Kind.PROPERTY));
        }
        for (int i = 0; i < form.steps().size(); i++) {
            steps.add(new WizardStep(Kind.QUESTIONS, i));
        }
        steps.add(WizardStep.of(Kind.ATTACHMENTS));
        steps.add(WizardStep.of(Kind.CONSENT));
        steps.add(WizardStep.of(Kind.REVIEW));
        return steps;
    }

    /** The index of the page that shows the field a problem names; the review page for anything else. */
    static int indexOf(String problemField, FormView form, List<WizardStep> steps) {
        WizardStep target = stepOf(problemField, form);
        int index = steps.indexOf(target);
        return index >= 0 ? index : steps.size() - 1;
    }

    private static WizardStep stepOf(String field, FormView form) {
        if (field.startsWith("applicant")) {
            return WizardStep.of(Kind.APPLICANT);
        }
        if (field.startsWith("household")) {
            return WizardStep.of(Kind.HOUSEHOLD);
        }
        if (field.startsWith("incomes") || field.equals("noIncomeDeclared")) {
            return WizardStep.of(Kind.INCOME);
        }
        if (field.startsWith("property")) {
            return WizardStep.of(Kind.PROPERTY);
        }
        if (field.equals("consentGiven")) {
            return WizardStep.of(Kind.CONSENT);
        }
        for (int i = 0; i < form.steps().size(); i++) {
            if (form.steps().get(i).fields().stream().anyMatch(f -> f.code().equals(field))) {
                return new WizardStep(Kind.QUESTIONS, i);
            }
        }
        return WizardStep.of(Kind.REVIEW);
    }
}
