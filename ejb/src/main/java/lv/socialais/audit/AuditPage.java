package lv.socialais.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One page of the audit trail, newest first, and whether older entries follow. */
public record AuditPage(List<AuditEntry> entries, boolean more) implements Serializable {

    /** Where the following page starts; empty when this is the last one. */
    public Optional<AuditCursor> next() {
        return more && !entries.isEmpty()
                ? Optional.of(entries.get(entries.size() - 1).cursor())
                : Optional.empty();
    }
}
