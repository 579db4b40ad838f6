package lv.socialais.application;

/** Where an application is in its lifecycle; {@link Lifecycle} says which moves are legal. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    REGISTERED,
    IN_REVIEW,
    INFO_REQUESTED,
    /** A decision above the approval threshold waits for a supervisor (four eyes). */
    AWAITING_APPROVAL,
    DECIDED,
    APPEALED,
    CLOSED,
    WITHDRAWN;

    /** Still waiting for the social service's decision: the deadline runs. */
    public boolean awaitsDecision() {
        return this == REGISTERED || this == IN_REVIEW || this == INFO_REQUESTED || this == AWAITING_APPROVAL;
    }
}
