package lv.socialais.audit;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * Reading the audit trail: who opened or changed an application, a type, a staff user, and
 * when. Only supervisors and administrators read it, and every search is itself audited.
 */
@Stateless
public class AuditSearch {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String APPLICATION = AuditSubject.APPLICATION.name();

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    /**
     * The entries that match the filter, newest first, starting after the cursor (null for the
     * first page).
     *
     * @throws NotAnAuditor when the actor is neither a supervisor nor an administrator
     */
    public AuditPage search(AuditFilter filter, AuditCursor after, int pageSize, Actor reader) {
        requireAuditor(reader);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        List<AuditEntry> found = filter.isBackwards() ? List.of() : query(filter, after, size);
        audit.record(
                reader,
                AuditAction.AUDIT_SEARCHED,
                AuditSubject.AUDIT,
                null,
                filter.describe() + (after == null ? "" : " after=" + after.id()));
        boolean more = found.size() > size;
        return new AuditPage(more ? found.subList(0, size) : found, more);
    }

    /** The actions recorded so far, for choosing one; read from an index, not the whole table. */
    public List<String> actions(Actor reader) {
        requireAuditor(reader);
        return entityManager
                .createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class)
                .getResultList();
    }

    /** The kinds of record the trail speaks of (APPLICATION, STAFF_USER, ...). */
    public List<String> subjectTypes(Actor reader) {
        requireAuditor(reader);
        return entityManager
                .createQuery("SELECT DISTINCT e.subjectType FROM AuditEvent e ORDER BY e.subjectType", String.class)
                .getResultList();
    }

    private List<AuditEntry> query(AuditFilter filter, AuditCursor after, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        filter.fromInstant()
                .ifPresent(from -> condition(conditions, parameters, "e.occurredAt >= :from", "from", from));
        filter.untilInstant()
                .ifPresent(until -> condition(conditions, parameters, "e.occurredAt < :until", "until", until));
        if (filter.actor() != null) {
            condition(conditions, parameters, "e.actor = :actor", "actor", filter.actor());
        }
        if (filter.action() != null) {
            condition(conditions, parameters, "e.action = :action", "action", filter.action());
        }
        if (filter.subjectType() != null) {
            condition(conditions, parameters, "e.subjectType = :subjectType", "subjectType", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            condition(conditions, parameters, "e.subjectId = :subjectId", "subjectId", filter.subjectId());
        }
        if (after != null) {
            conditions.add("(e.occurredAt < :afterTime OR (e.occurredAt = :afterTime AND e.id < :afterId))");
            parameters.put("afterTime", after.occurredAt());
            parameters.put("afterId", after.id());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<AuditEvent> query = entityManager.createQuery(
                "SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        parameters.forEach(query::setParameter);
        List<AuditEvent> events = query.setMaxResults(size + 1).getResultList();
        Map<Long, String> numbers = registrationNumbers(events);
        return events.stream()
                .map(event -> AuditEntry.of(
                        event, APPLICATION.equals(event.getSubjectType()) ? numbers.get(event.getSubjectId()) : null))
                .toList();
    }

    /** The registration numbers of the page's applications, in one query. */
    private Map<Long, String> registrationNumbers(List<AuditEvent> events) {
        List<Long> ids = events.stream()
                .filter(event -> APPLICATION.equals(event.getSubjectType()) && event.getSubjectId() != null)
                .map(AuditEvent::getSubjectId)
                .distinct()
                .toList();
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager
                    .createQuery(
                            "SELECT a.id, a.registration.number FROM Application a"
                                    + " WHERE a.id IN :ids AND a.registration.number IS NOT NULL",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        }
        return numbers;
    }

    private static void condition(
            List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private static void requireAuditor(Actor reader) {
        if (reader == null || (reader.role() != Role.SUPERVISOR && reader.role() != Role.ADMIN)) {
            throw new NotAnAuditor(reader);
        }
    }

    /** A search asked for by someone who may not read the audit trail. */
    @ApplicationException(rollback = true)
    public static class NotAnAuditor extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAnAuditor(Actor actor) {
            super(actor + " may not read the audit trail");
        }
    }
}
