package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.socialais.common.Riga;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * The work waiting in a department: applications still to be decided, sorted by their
 * deadline, with those due within five days and those overdue marked. Staff see their own
 * department's queue; supervisors and administrators any department's.
 */
@Stateless
public class ApplicationQueue {

    @Inject
    private Clock clock;

    /** "Due soon": the deadline is within this many days. */
    public static final int DUE_SOON_DAYS = 5;

    private static final Set<ApplicationStatus> OPEN = EnumSet.of(
            ApplicationStatus.REGISTERED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.INFO_REQUESTED,
            ApplicationStatus.AWAITING_APPROVAL);
    private static final int LIMIT = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public List<QueueEntry> find(QueueFilter filter, Actor actor) {
        String department = actor.seesAllDepartments()
                ? filter.departmentCode()
                : actor.department().orElse(null);
        if (!actor.seesAllDepartments() && department == null && actor.role() != Role.FRONT_DESK) {
            return List.of();
        }
        StringBuilder jpql =
                new StringBuilder("SELECT a FROM Application a JOIN FETCH a.type t WHERE a.status IN :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", filter.status() == null ? OPEN : Set.of(filter.status()));
        if (department != null) {
            jpql.append(" AND a.department.code = :department");
            parameters.put("department", department);
        }
        if (filter.typeCode() != null) {
            jpql.append(" AND t.code = :type");
            parameters.put("type", filter.typeCode());
        }
        if (filter.channel() != null) {
            jpql.append(" AND a.filing.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.deadlineUntil() != null) {
            jpql.append(" AND a.registration.decisionDeadline <= :until");
            parameters.put("until", filter.deadlineUntil());
        }
        if (QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            jpql.append(" AND a.assignedTo IS NULL");
        } else if (filter.assignee() != null) {
            jpql.append(" AND a.assignedTo = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        jpql.append(" ORDER BY a.registration.decisionDeadline, a.id");
        TypedQuery<Application> query =
                entityManager.createQuery(jpql.toString(), Application.class).setMaxResults(LIMIT);
        parameters.forEach(query::setParameter);
        LocalDate today = Riga.today(clock);
        List<QueueEntry> entries = new ArrayList<>();
        for (Application a : query.getResultList()) {
            LocalDate deadline = a.getRegistration().getDecisionDeadline().orElse(null);
            boolean overdue = deadline != null && deadline.isBefore(today);
            boolean dueSoon = deadline != null && !overdue && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS));
            entries.add(new QueueEntry(
                    a.getId(),
                    a.getRegistration().getNumber().orElse(null),
                    a.getType().getCode(),
                    a.getType().getName().lv(),
                    a.getDeclaration().getApplicant().getFullName(),
                    a.getDeclaration().getApplicant().getMaskedPersonalCode(),
                    a.getStatus(),
                    a.getFiling().getChannel(),
                    a.getRegistration().getReceivedOn().orElse(null),
                    deadline,
                    a.getAssignedTo().orElse(null),
                    dueSoon,
                    overdue));
        }
        return entries;
    }
}
