package lv.socialais.application;

/**
 * What happened to an application, as its timeline shows it (stored by name in
 * {@code timeline_event.event_type}; each has its text {@code event.NAME} in the portal's bundles).
 */
public enum TimelineEventType {
    CREATED,
    SUBMITTED,
    REGISTERED,
    ASSIGNED,
    REGISTER_DATA_REQUESTED,
    REGISTER_DATA_RECEIVED,
    INFORMATION_REQUESTED,
    INFORMATION_ANSWERED,
    DEADLINE_EXTENDED,
    DECISION_PROPOSED,
    DECISION_APPROVED,
    DECISION_RETURNED,
    DECIDED,
    APPEAL_REGISTERED,
    CLOSED,
    WITHDRAWN
}
