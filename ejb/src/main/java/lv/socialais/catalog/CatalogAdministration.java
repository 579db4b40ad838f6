package lv.socialais.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import lv.socialais.audit.AuditTrail;
import lv.socialais.common.LocalizedText;
import lv.socialais.security.Actor;

/**
 * Administrators keep the catalogue: names, who may apply, deadline, department, amount and
 * whether a type is accepted now. Every change is audited with what it was before. (Form
 * changes make a new form version: see FormDefinitions.)
 */
@Stateless
public class CatalogAdministration {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    public ApplicationType change(String typeCode, TypeChange change, Actor admin) {
        ApplicationType type = entityManager.createQuery("SELECT t FROM ApplicationType t WHERE t.code = :code", ApplicationType.class)
                .setParameter("code", typeCode).getSingleResult();
        Department department = entityManager.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", change.departmentCode()).getSingleResult();
        String before = describe(type);
        type.change(change.name(), change.eligibility(), change.decisionDeadlineDays(), change.deadlineInWorkDays(), department,
                change.fixedAmount(), change.active());
        audit.record(admin, "APPLICATION_TYPE_CHANGED", "APPLICATION_TYPE", type.getId(), before + " → " + describe(type));
        return type;
    }

    private static String describe(ApplicationType type) {
        return type.getCode() + " [" + type.getName().lv() + "; " + type.getDepartment().getCode() + "; "
                + type.getDecisionDeadlineDays() + (type.isDeadlineInWorkDays() ? " work days" : " days") + "; amount "
                + type.getFixedAmount().map(BigDecimal::toPlainString).orElse("-") + "; " + (type.isActive() ? "active" : "inactive") + "]";
    }

    /** The new values of an application type. */
    public record TypeChange(LocalizedText name, LocalizedText eligibility, int decisionDeadlineDays, boolean deadlineInWorkDays,
                             String departmentCode, BigDecimal fixedAmount, boolean active) implements java.io.Serializable {
    }
}
