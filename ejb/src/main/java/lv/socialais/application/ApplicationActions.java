package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.validation.ProblemCode;
import lv.socialais.application.validation.ProblemMessages;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The acts on a filed application, one method each: withdraw, assign, request information and
 * answer it, extend the deadline, decide, register an appeal, close. Each checks the lifecycle
 * and the actor's rights, changes nothing when refused, and leaves a timeline event and an
 * audit entry when done.
 */
@Stateless
public class ApplicationActions {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private ApplicationLookup lookup;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    @Inject
    private Event<ApplicationDecided> decided;

    @Inject
    @ConfigProperty(name = "DECISION_APPROVAL_THRESHOLD", defaultValue = "500.00")
    private BigDecimal approvalThreshold;

    @Inject
    private Clock clock;

    public void withdraw(Long applicationId, String reason, Actor actor) {
        Application application = load(applicationId, actor, Action.WITHDRAW);
        application.withdraw(actor, reason, now());
        audit.record(actor, AuditAction.APPLICATION_WITHDRAWN, AuditSubject.APPLICATION, applicationId, reason);
    }

    /** A caseworker takes an application for himself; a supervisor gives it to any caseworker. */
    public void assign(Long applicationId, String caseworker, Actor actor) {
        Application application = load(applicationId, actor, Action.ASSIGN);
        if (actor.role() == Role.CASEWORKER && !actor.id().equals(caseworker)) {
            throw new IllegalTransitionException(
                    actor + " may only take applications for himself", "transition.notYours");
        }
        application.assignTo(caseworker, actor, now());
        audit.record(actor, AuditAction.APPLICATION_ASSIGNED, AuditSubject.APPLICATION, applicationId, caseworker);
    }

    public void requestInformation(Long applicationId, String text, Actor actor) {
        requireText(text, "request.textRequired");
        Application application = load(applicationId, actor, Action.REQUEST_INFORMATION);
        entityManager.persist(application.requestInformation(text.strip(), actor, now()));
        audit.record(actor, AuditAction.INFORMATION_REQUESTED, AuditSubject.APPLICATION, applicationId, null);
    }

    public void answerInformation(Long applicationId, String answer, Actor actor) {
        requireText(answer, "request.answerRequired");
        Application application = load(applicationId, actor, Action.ANSWER_INFORMATION);
        InformationRequest open = entityManager
                .createQuery(
                        "SELECT r FROM InformationRequest r WHERE r.application = :application AND r.answeredAt IS NULL",
                        InformationRequest.class)
                .setParameter("application", application)
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new IllegalTransitionException("no open information request", "transition.noOpenRequest"));
        application.answerInformation(open, answer.strip(), actor, now());
        audit.record(actor, AuditAction.INFORMATION_ANSWERED, AuditSubject.APPLICATION, applicationId, null);
    }

    public void extendDeadline(Long applicationId, LocalDate newDeadline, String reason, Actor actor) {
        Application application = load(applicationId, actor, Action.EXTEND_DEADLINE);
        application.extendDeadline(newDeadline, reason, actor, now());
        audit.record(
                actor,
                AuditAction.DEADLINE_EXTENDED,
                AuditSubject.APPLICATION,
                applicationId,
                newDeadline + ": " + reason);
    }

    /**
     * Decides, or, for an amount above DECISION_APPROVAL_THRESHOLD, proposes the decision for a
     * supervisor's approval (four eyes). Returns true when the decision took effect now.
     *
     * @throws SubmissionRejected when the decision lacks its legal basis, reasons, a valid amount,
     *                            or the reason for departing from the computed amount
     */
    public boolean decide(Long applicationId, DecisionInput decision, Actor actor, Locale locale) {
        List<ProblemCode> problems = new ArrayList<>(InputChecks.shape(validator, decision));
        if (decision.periodFrom() != null
                && decision.periodTo() != null
                && decision.periodTo().isBefore(decision.periodFrom())) {
            problems.add(ProblemCode.of("periodTo", "decision.periodOrder"));
        }
        if (decision.overridesComputation()
                && (decision.overrideReason() == null
                        || decision.overrideReason().isBlank())) {
            problems.add(ProblemCode.of("overrideReason", "decision.overrideReason.required"));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(ProblemMessages.translate(problems, locale));
        }
        boolean needsApproval = decision.amount() != null && decision.amount().compareTo(approvalThreshold) > 0;
        Application application = load(applicationId, actor, needsApproval ? Action.PROPOSE_DECISION : Action.DECIDE);
        Instant now = now();
        String detail = decision.outcome()
                + (decision.amount() == null ? "" : " amount set")
                + (decision.overridesComputation() ? "; computed amount overridden: " + decision.overrideReason() : "");
        if (needsApproval) {
            application.proposeDecision(decision, actor, now);
            audit.record(actor, AuditAction.DECISION_PROPOSED, AuditSubject.APPLICATION, applicationId, detail);
            return false;
        }
        application.decide(decision, actor, now);
        decided.fire(new ApplicationDecided(application, now));
        audit.record(actor, AuditAction.APPLICATION_DECIDED, AuditSubject.APPLICATION, applicationId, detail);
        return true;
    }

    /** A supervisor other than the proposer approves a proposed decision; it takes effect. */
    public void approveDecision(Long applicationId, Actor supervisor) {
        Application application = load(applicationId, supervisor, Action.APPROVE_DECISION);
        Instant now = now();
        application.approveDecision(supervisor, now);
        decided.fire(new ApplicationDecided(application, now));
        audit.record(supervisor, AuditAction.DECISION_APPROVED, AuditSubject.APPLICATION, applicationId, null);
    }

    public void returnDecision(Long applicationId, String reason, Actor supervisor) {
        requireText(reason, "decision.returnReasonRequired");
        Application application = load(applicationId, supervisor, Action.RETURN_DECISION);
        application.returnDecision(reason, supervisor, now());
        audit.record(supervisor, AuditAction.DECISION_RETURNED, AuditSubject.APPLICATION, applicationId, reason);
    }

    public void registerAppeal(Long applicationId, String note, Actor actor) {
        Application application = load(applicationId, actor, Action.REGISTER_APPEAL);
        application.registerAppeal(note, actor, now());
        audit.record(actor, AuditAction.APPEAL_REGISTERED, AuditSubject.APPLICATION, applicationId, note);
    }

    public void close(Long applicationId, Actor actor) {
        Application application = load(applicationId, actor, Action.CLOSE);
        application.close(actor, now());
        audit.record(actor, AuditAction.APPLICATION_CLOSED, AuditSubject.APPLICATION, applicationId, null);
    }

    private Application load(Long applicationId, Actor actor, Action action) {
        Application application = lookup.visibleTo(applicationId, actor);
        Access.requireMayAct(application, actor, action);
        return application;
    }

    private static void requireText(String text, String reasonKey) {
        if (text == null || text.isBlank()) {
            throw new IllegalTransitionException("a text is required", reasonKey);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
