package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How the social service registered the application: its number, the day of receipt from which
 * the legal time runs, and the day by which it must decide. Empty until registration.
 */
@Embeddable
public class Registration {

    /** The law's outer limit: a decision may be postponed to at most four months after receipt. */
    public static final int MAX_DEADLINE_MONTHS = 4;

    @Column(name = "registration_number")
    private String number;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "decision_deadline")
    private LocalDate decisionDeadline;

    protected Registration() {
        // for JPA, and for an application not registered yet
    }

    Registration(String number, LocalDate receivedOn, LocalDate deadline) {
        this.number = number;
        this.receivedOn = receivedOn;
        this.decisionDeadline = deadline;
    }

    /**
     * Postpones the decision, with the reason the applicant is told: to a later day, at most four
     * months after receipt. Returns what the deadline was.
     */
    LocalDate postpone(LocalDate newDeadline, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException("a deadline extension needs a reason", "deadline.reasonRequired");
        }
        if (!newDeadline.isAfter(decisionDeadline)) {
            throw new IllegalTransitionException(
                    "the new deadline must be later than " + decisionDeadline, "deadline.notLater");
        }
        if (newDeadline.isAfter(latestPossibleDeadline())) {
            throw new IllegalTransitionException(
                    "the deadline may not be later than " + latestPossibleDeadline(), "deadline.beyondFourMonths");
        }
        LocalDate previous = decisionDeadline;
        decisionDeadline = newDeadline;
        return previous;
    }

    public LocalDate latestPossibleDeadline() {
        return receivedOn.plusMonths(MAX_DEADLINE_MONTHS);
    }

    public Optional<String> getNumber() {
        return Optional.ofNullable(number);
    }

    public Optional<LocalDate> getReceivedOn() {
        return Optional.ofNullable(receivedOn);
    }

    public Optional<LocalDate> getDecisionDeadline() {
        return Optional.ofNullable(decisionDeadline);
    }
}
