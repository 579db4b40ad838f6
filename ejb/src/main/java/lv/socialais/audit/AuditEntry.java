package lv.socialais.audit;

import java.io.Serializable;
import java.time.Instant;
import lv.socialais.security.Role;

/**
 * One audit event as an auditor may read it: personal codes in the actor and the detail are
 * masked, and an application is named by its registration number, as staff know it.
 *
 * @param subjectReference the record's name for people (an application's registration number), or null
 */
public record AuditEntry(
        Long id,
        Instant occurredAt,
        String actor,
        Role actorRole,
        String action,
        String subjectType,
        Long subjectId,
        String subjectReference,
        String detail)
        implements Serializable {

    static AuditEntry of(AuditEvent event, String subjectReference) {
        return new AuditEntry(
                event.getId(),
                event.getOccurredAt(),
                PersonalCodes.masked(event.getActor()),
                event.getActorRole(),
                event.getAction(),
                event.getSubjectType(),
                event.getSubjectId(),
                subjectReference,
                PersonalCodes.masked(event.getDetail()));
    }

    /** Where the next page starts: after this entry, in the order newest first. */
    public AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }
}
