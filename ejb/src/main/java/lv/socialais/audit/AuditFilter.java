package lv.socialais.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.socialais.common.Riga;
import lv.socialais.person.PersonalCode;

/**
 * What an auditor asks of the audit trail: days in Latvia's time (both included), who acted,
 * what he did, and to which record. Every part is optional; an empty filter asks for everything.
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String subjectType, Long subjectId)
        implements Serializable {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        // A resident acts under his personal code, stored as eleven digits: accept it as people write it.
        if (actor != null && PersonalCode.isValid(actor)) {
            actor = PersonalCode.of(actor).value();
        }
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** Everything recorded about one application. */
    public static AuditFilter application(Long applicationId) {
        return new AuditFilter(null, null, null, null, AuditSubject.APPLICATION.name(), applicationId);
    }

    /** True when the first day comes after the last: such a filter can find nothing. */
    public boolean isBackwards() {
        return from != null && to != null && from.isAfter(to);
    }

    Optional<Instant> fromInstant() {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay(Riga.ZONE).toInstant());
    }

    /** The first moment after the last day, so that the whole last day is included. */
    Optional<Instant> untilInstant() {
        return Optional.ofNullable(to)
                .map(day -> day.plusDays(1).atStartOfDay(Riga.ZONE).toInstant());
    }

    /** The filter as the audit entry of the search records it, with a personal code masked. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        if (actor != null) {
            parts.add("actor=" + PersonalCodes.masked(actor));
        }
        if (action != null) {
            parts.add("action=" + action);
        }
        if (subjectType != null) {
            parts.add("subject=" + subjectType);
        }
        if (subjectId != null) {
            parts.add("id=" + subjectId);
        }
        return parts.isEmpty() ? "all" : String.join(" ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
