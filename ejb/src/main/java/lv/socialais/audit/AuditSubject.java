package lv.socialais.audit;

/** What kind of record an audit entry is about (stored by name in {@code audit_event.subject_type}). */
public enum AuditSubject {
    APPLICATION,
    APPLICATION_TYPE,
    AUDIT,
    PERSON,
    REFERENCE_DATA,
    REPORT,
    STAFF_USER
}
