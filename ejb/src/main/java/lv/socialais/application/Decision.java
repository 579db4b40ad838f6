package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The social service's decision on an application: an administrative act with its outcome,
 * the amount and period where the type has them, the legal basis and the reasons.
 */
@Embeddable
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    private DecisionOutcome outcome;

    @Column(name = "decision_amount", precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "decision_period_from")
    private LocalDate periodFrom;

    @Column(name = "decision_period_to")
    private LocalDate periodTo;

    @Column(name = "decision_legal_basis")
    private String legalBasis;

    @Column(name = "decision_reasons")
    private String reasons;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_proposed_by")
    private String proposedBy;

    @Column(name = "decision_proposed_at")
    private Instant proposedAt;

    @Column(name = "decision_approved_by")
    private String approvedBy;

    @Column(name = "decision_assessment")
    private String assessment;

    @Column(name = "decision_computed_amount", precision = 10, scale = 2)
    private BigDecimal computedAmount;

    @Column(name = "decision_override_reason")
    private String overrideReason;

    protected Decision() {
        // for JPA
    }

    /** A decision proposed for a supervisor's approval: it has no effect until approved. */
    static Decision proposed(DecisionInput input, Instant at, String by) {
        Decision decision = new Decision(input, null, null);
        decision.proposedBy = by;
        decision.proposedAt = at;
        return decision;
    }

    /** The proposal takes effect: decided by its proposer, approved by another supervisor. */
    void approve(Instant at, String supervisor) {
        if (supervisor.equals(proposedBy)) {
            throw new IllegalTransitionException(
                    "the proposer may not approve his own decision", "decision.ownApproval");
        }
        this.decidedAt = at;
        this.decidedBy = proposedBy;
        this.approvedBy = supervisor;
    }

    boolean isInEffect() {
        return decidedAt != null;
    }

    Decision(DecisionInput input, Instant decidedAt, String decidedBy) {
        this.outcome = input.outcome();
        this.amount = input.amount() == null ? null : input.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        this.periodFrom = input.periodFrom();
        this.periodTo = input.periodTo();
        this.legalBasis = input.legalBasis();
        this.reasons = input.reasons();
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.assessment = input.assessment();
        this.computedAmount = input.computedAmount();
        this.overrideReason = input.overrideReason();
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getReasons() {
        return reasons;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    /** The computation the decision rests on, as it was when decided; never recomputed. */
    public String getAssessment() {
        return assessment;
    }

    public BigDecimal getComputedAmount() {
        return computedAmount;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
