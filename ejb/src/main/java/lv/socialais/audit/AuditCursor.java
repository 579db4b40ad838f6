package lv.socialais.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A place in the audit trail read newest first: the time and id of the last entry shown. The
 * next page reads the entries before it through an index, however deep into the trail it is,
 * where an offset would count every skipped row again.
 */
public record AuditCursor(Instant occurredAt, Long id) implements Serializable {

    public AuditCursor {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(id, "id");
    }
}
