package lv.socialais.audit;

/** What an audited actor did (stored by name in {@code audit_event.action}). */
public enum AuditAction {
    // Applications and their case work.
    APPLICATION_SUBMITTED,
    APPLICATION_OPENED,
    APPLICATION_ASSIGNED,
    INFORMATION_REQUESTED,
    INFORMATION_ANSWERED,
    DEADLINE_EXTENDED,
    EVIDENCE_REFRESHED,
    DECISION_PROPOSED,
    DECISION_APPROVED,
    DECISION_RETURNED,
    APPLICATION_DECIDED,
    APPEAL_REGISTERED,
    APPLICATION_CLOSED,
    APPLICATION_WITHDRAWN,
    ATTACHMENT_ADDED,
    ATTACHMENT_READ,
    // Persons looked up at the front desk.
    PERSON_SEARCH,
    PERSON_LOOKUP,
    // Reports and the audit trail itself.
    SPOLIS_EXPORTED,
    AUDIT_SEARCHED,
    // The catalogue and reference data.
    APPLICATION_TYPE_CHANGED,
    APPLICATION_TYPE_DOCUMENTS_CHANGED,
    FORM_VERSION_CREATED,
    REFERENCE_VALUE_ADDED,
    // Staff users and their sign-in.
    STAFF_USER_CREATED,
    STAFF_ROLES_CHANGED,
    STAFF_PASSWORD_CHANGED,
    STAFF_USER_DEACTIVATED,
    STAFF_USER_UNLOCKED,
    SIGNED_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    ACCOUNT_LOCKED;
}
