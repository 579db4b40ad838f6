package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lv.socialais.application.SubmissionRejected;
import lv.socialais.application.SubmissionResult;
import lv.socialais.application.SubmitApplication;
import lv.socialais.application.validation.Problem;
import lv.socialais.application.validation.ProblemMessages;
import lv.socialais.portal.i18n.LocaleSelection;
import lv.socialais.portal.web.RequestTiming;

/**
 * The review page's Submit. The wizard's submission key makes a double click, or a retry after
 * a lost answer, file the application once: the core returns the first result again.
 */
@Named
@RequestScoped
public class ReviewStep {

    @Inject
    private WizardView wizard;

    @Inject
    private SubmitApplication submission;

    @Inject
    private LocaleSelection localeSelection;

    public void submit() throws IOException {
        RequestTiming.label("review: submit");
        Locale locale = localeSelection.getLocale();
        List<Problem> own = ProblemMessages.translate(wizard.getData().amountProblems(), locale);
        // An income amount that is not a number goes to the core as missing, which it always
        // refuses, so the core still lists every other problem at once. A property value is
        // optional: with one unreadable, the application must not be filed without it.
        boolean coreRefusesAnyway =
                own.stream().allMatch(problem -> problem.field().startsWith("incomes["));
        List<Problem> core = List.of();
        if (coreRefusesAnyway) {
            try {
                redirectToReceipt(submission.submit(
                        input(), wizard.getDraftId(), wizard.filer().actor(), locale));
                return;
            } catch (SubmissionRejected e) {
                core = e.problems();
            }
        }
        wizard.showProblems(merge(own, core));
    }

    private lv.socialais.application.ApplicationInput input() {
        return wizard.getData().toInput(wizard.getForm().typeCode(), wizard.submissionKey(), wizard.filer());
    }

    /** The wizard's own problems replace the core's for the same fields (an amount that is no number is not "missing"). */
    private static List<Problem> merge(List<Problem> own, List<Problem> core) {
        Set<String> fields = own.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> all = new ArrayList<>(own);
        core.stream().filter(problem -> !fields.contains(problem.field())).forEach(all::add);
        return all;
    }

    private void redirectToReceipt(SubmissionResult result) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + wizard.filer().receiptPage(result.applicationId()));
    }
}
