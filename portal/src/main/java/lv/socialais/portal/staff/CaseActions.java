package lv.socialais.portal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lv.socialais.application.ApplicationActions;
import lv.socialais.application.DecisionInput;
import lv.socialais.application.DecisionOutcome;
import lv.socialais.application.SubmissionRejected;
import lv.socialais.application.validation.Problem;
import lv.socialais.assessment.AssessApplication;
import lv.socialais.assessment.Assessment;
import lv.socialais.assessment.GrantPeriods;
import lv.socialais.catalog.LegalBases;

/**
 * What a caseworker or supervisor does on the application page: take it, ask the applicant for
 * information, extend the deadline, see the computed assessment and decide, approve or return a
 * proposed decision, register an appeal, close.
 */
@Named
@ViewScoped
public class CaseActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView view;

    @Inject
    private ApplicationActions actions;

    @Inject
    private AssessApplication assessments;

    @Inject
    private GrantPeriods grantPeriods;

    @Inject
    private LegalBases legalBases;

    private String requestText;
    private LocalDate newDeadline;
    private String extensionReason;
    private DecisionOutcome outcome;
    private BigDecimal amount;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String legalBasis;
    private String legalBasisExtra;
    private String reasons;
    private String overrideReason;
    private String returnReason;
    private String appealNote;
    private Assessment assessment;

    public void take() {
        view.act(
                () -> actions.assign(
                        view.getId(),
                        view.getStaff().actor().id(),
                        view.getStaff().actor()),
                "staff.case.taken");
    }

    public void requestInformation() {
        view.act(
                () -> actions.requestInformation(
                        view.getId(), requestText, view.getStaff().actor()),
                "staff.case.requested");
        requestText = null;
    }

    public void extendDeadline() {
        view.act(
                () -> actions.extendDeadline(
                        view.getId(),
                        newDeadline,
                        extensionReason,
                        view.getStaff().actor()),
                "staff.case.extended");
    }

    /** Computes what the rules give; the caseworker starts his decision from it. */
    public void assess() {
        assessment = assessments.assess(view.getId(), view.getStaff().actor()).orElse(null);
        if (assessment != null) {
            amount = assessment.amount();
            outcome = assessment.eligible() ? DecisionOutcome.GRANTED : DecisionOutcome.REFUSED;
            // The grant period by the rule in force on the application's date, unless the caseworker set one.
            if (periodFrom == null && periodTo == null) {
                grantPeriods.propose(view.getId(), view.getStaff().actor()).ifPresent(period -> {
                    periodFrom = period.from();
                    periodTo = period.until();
                });
            }
        }
    }

    public void decide() {
        String basis = legalBasisExtra == null || legalBasisExtra.isBlank()
                ? legalBasis
                : (legalBasis == null ? "" : legalBasis + "; ") + legalBasisExtra.strip();
        DecisionInput input = new DecisionInput(
                outcome,
                amount,
                periodFrom,
                periodTo,
                basis,
                reasons,
                assessment == null ? null : assessment.toJson(),
                assessment == null ? null : assessment.amount(),
                overrideReason);
        try {
            view.act(
                    () -> {
                        boolean inEffect = actions.decide(
                                view.getId(),
                                input,
                                view.getStaff().actor(),
                                FacesContext.getCurrentInstance().getViewRoot().getLocale());
                        if (!inEffect) {
                            view.info("staff.case.awaitingApproval");
                        }
                    },
                    "staff.case.decided");
        } catch (SubmissionRejected rejected) {
            show(rejected.problems());
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof SubmissionRejected rejected) {
                show(rejected.problems());
            } else {
                throw e;
            }
        }
    }

    public void approve() {
        view.act(() -> actions.approveDecision(view.getId(), view.getStaff().actor()), "staff.case.approved");
    }

    public void returnDecision() {
        view.act(
                () -> actions.returnDecision(
                        view.getId(), returnReason, view.getStaff().actor()),
                "staff.case.returned");
    }

    public void registerAppeal() {
        view.act(
                () -> actions.registerAppeal(
                        view.getId(), appealNote, view.getStaff().actor()),
                "staff.case.appealRegistered");
    }

    public void close() {
        view.act(() -> actions.close(view.getId(), view.getStaff().actor()), "staff.case.closed");
    }

    private static void show(List<Problem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach(problem -> faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message())));
        faces.validationFailed();
    }

    public List<String> getLegalBases() {
        return legalBases.forType(view.getApplication().getType());
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public Optional<Assessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getRequestText() {
        return requestText;
    }

    public void setRequestText(String requestText) {
        this.requestText = requestText;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getLegalBasisExtra() {
        return legalBasisExtra;
    }

    public void setLegalBasisExtra(String legalBasisExtra) {
        this.legalBasisExtra = legalBasisExtra;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getAppealNote() {
        return appealNote;
    }

    public void setAppealNote(String appealNote) {
        this.appealNote = appealNote;
    }
}
