package lv.socialais.portal.filing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.DraftQuotaReached;
import lv.socialais.application.Drafts;
import lv.socialais.application.validation.Problem;
import lv.socialais.portal.i18n.LocaleSelection;
import lv.socialais.portal.i18n.Texts;
import lv.socialais.portal.web.NotFound;
import lv.socialais.portal.web.RequestTiming;

/**
 * The application wizard's state and its moves between pages: opens a type's current form or
 * resumes a draft, saves the draft whenever the filer moves on, and shows the problems of a
 * refused submission on their pages. The pages' own work is in the step beans. The same wizard
 * serves the resident online and the front desk for a walk-in applicant: the {@link Filer}
 * says who files for whom.
 */
@Named("wizard")
@ViewScoped
public class WizardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FormViews formViews;

    @Inject
    private Drafts drafts;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Texts texts;

    // View parameters.
    private String type;
    private String draft;
    private String step;

    private FormView form;
    private List<WizardStep> steps;
    private int current;
    private ApplicationForm data;
    private Long draftId;
    private Filer filer;
    /** Made once per wizard: a repeated Submit with it files nothing new. */
    private String submissionKey;

    private final FieldProblems problems = new FieldProblems();

    /** Whether the wizard has been opened in this view already (a postback of the same view). */
    public boolean isOpen() {
        return form != null;
    }

    /** Opens a new application of the type, or the filer's draft, filed by the given filer. */
    public void open(Filer filer) {
        if (form != null) {
            return; // a postback of the same view
        }
        this.filer = filer;
        ResidentProfile applicant = filer.applicant();
        Long resumed = NotFound.parseId(draft);
        Optional<ApplicationInput> saved = resumed == null ? Optional.empty() : drafts.resume(resumed, filer.actor());
        String typeCode = saved.map(ApplicationInput::typeCode).orElse(type);
        Optional<FormView> found = (draft != null && saved.isEmpty()) ? Optional.empty() : formViews.current(typeCode);
        if (found.isEmpty()) {
            NotFound.send();
            return;
        }
        form = found.get();
        steps = WizardSteps.of(form);
        draftId = saved.isPresent() ? resumed : null;
        data = saved.map(ApplicationForm::from).orElseGet(ApplicationForm::new);
        if (applicant.isNameKnown()) {
            data.setFirstName(applicant.firstName());
            data.setLastName(applicant.lastName());
        }
        submissionKey = UUID.randomUUID().toString();
        current = Math.max(0, steps.stream().map(WizardStep::code).toList().indexOf(step));
        RequestTiming.label(getStep().code());
    }

    public void next() {
        moveTo(current + 1);
    }

    public void back() {
        moveTo(current - 1);
    }

    public void goTo(int index) {
        moveTo(index);
    }

    /** From the problem summary to the page of the field. */
    public void goToFieldOf(String problemField) {
        moveTo(WizardSteps.indexOf(problemField, form, steps));
    }

    /** The page of the wizard that shows the given kind of section, e.g. from the review page's "Change". */
    public void goToKind(String kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).is(kind)) {
                moveTo(i);
                return;
            }
        }
    }

    /** Saves the draft and takes the filer to his list of drafts, where he can resume it later. */
    public void saveAndLeave() throws IOException {
        if (!saveDraft()) {
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put("draftSaved", Boolean.TRUE);
        external.redirect(external.getRequestContextPath() + filer.draftsPage());
    }

    private void moveTo(int index) {
        String from = getStep().code();
        saveDraft();
        clearProblemsOfCurrentStep();
        current = Math.max(0, Math.min(index, steps.size() - 1));
        RequestTiming.label(from + "→" + getStep().code());
    }

    /**
     * Every move saves the draft, so nothing is lost when the filer stops half-way. A filer at his
     * quota of drafts goes on without one (told so on each move, since each move tries the save again; he can still submit).
     *
     * @return whether the draft was saved
     */
    boolean saveDraft() {
        try {
            draftId = drafts.save(
                    data.toDraftInput(form.typeCode(), filer), draftId, filer.actor(), localeSelection.getLocale());
            return true;
        } catch (DraftQuotaReached reached) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_WARN, texts.get("wizard.draftQuota", reached.quota()), null));
            return false;
        }
    }

    /** After a refused submission: remember the problems and open the first page that has one. */
    void showProblems(List<Problem> refused) {
        // Listed in the order of the pages, so the summary reads like the wizard.
        problems.replace(refused.stream()
                .sorted(java.util.Comparator.comparingInt(problem -> WizardSteps.indexOf(problem.field(), form, steps)))
                .toList());
        current = problems.fields().stream()
                .mapToInt(field -> WizardSteps.indexOf(field, form, steps))
                .min()
                .orElse(steps.size() - 1);
        RequestTiming.label("review→" + getStep().code() + " (refused)");
    }

    private void clearProblemsOfCurrentStep() {
        problems.clear(field -> WizardSteps.indexOf(field, form, steps) == current);
    }

    /** The ids an input's aria-describedby names: its help, if any, and its error message. */
    public String describedBy(String field, boolean hasHelp) {
        String error = FieldProblems.errorId(field);
        return hasHelp ? "help-" + field.replaceAll("[^A-Za-z0-9_-]", "_") + " " + error : error;
    }

    public WizardStep getStep() {
        return steps.get(current);
    }

    public boolean isAt(String kind) {
        return form != null && getStep().is(kind);
    }

    public FormView.Step getQuestions() {
        return form.steps().get(getStep().questions());
    }

    public int getStepNumber() {
        return current + 1;
    }

    public int getStepCount() {
        return steps.size();
    }

    public boolean isFirst() {
        return current == 0;
    }

    public List<WizardStep> getSteps() {
        return steps;
    }

    public int getCurrent() {
        return current;
    }

    public FormView getForm() {
        return form;
    }

    public ApplicationForm getData() {
        return data;
    }

    public ResidentProfile getApplicant() {
        return filer.applicant();
    }

    Filer filer() {
        return filer;
    }

    /** The applicant signs on paper: the pages word his consent as given there and ask the clerk to confirm the signature. */
    public boolean isOnPaper() {
        return filer != null && filer.signsOnPaper();
    }

    public FieldProblems getProblems() {
        return problems;
    }

    public Long getDraftId() {
        return draftId;
    }

    String submissionKey() {
        return submissionKey;
    }

    public String getType() {
        return form == null ? type : form.typeCode();
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Kept in the URL by a language switch, so the wizard reopens the saved draft at the same page. */
    public String getDraft() {
        return draftId == null ? draft : draftId.toString();
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public String getStepParam() {
        return steps == null ? step : getStep().code();
    }

    public void setStepParam(String step) {
        this.step = step;
    }
}
