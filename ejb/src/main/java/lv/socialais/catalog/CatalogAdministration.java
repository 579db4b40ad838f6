package lv.socialais.catalog;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.socialais.administration.Administrators;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.common.LocalizedText;
import lv.socialais.common.Riga;
import lv.socialais.security.Actor;

/**
 * Administrators keep the catalogue: names, who may apply, the documents asked for, deadline,
 * department, amount and whether a type is accepted now. Every change is audited with what it
 * was before. A changed fixed amount is in force from the day of the change (the assessment
 * applies amounts by date; later ones are entered as reference data). Form changes make a new
 * form version: see FormDefinitions.
 */
@Stateless
public class CatalogAdministration {

    @Inject
    private Clock clock;

    private static final Pattern DOCUMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    private static final int NAME_LENGTH = 300;
    private static final int ELIGIBILITY_LENGTH = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<CatalogueAmountChanged> amountChanged;

    /** Every type, also those not accepted now, in the catalogue's order. */
    public List<ApplicationType> allTypes() {
        return entityManager
                .createQuery(
                        "SELECT t FROM ApplicationType t JOIN FETCH t.department ORDER BY t.sortOrder",
                        ApplicationType.class)
                .getResultList();
    }

    public Optional<ApplicationType> type(String typeCode) {
        return entityManager
                .createQuery("SELECT t FROM ApplicationType t WHERE t.code = :code", ApplicationType.class)
                .setParameter("code", typeCode == null ? "" : typeCode)
                .getResultStream()
                .findFirst();
    }

    public List<Department> departments() {
        return entityManager
                .createQuery("SELECT d FROM Department d ORDER BY d.id", Department.class)
                .getResultList();
    }

    public ApplicationType change(String typeCode, TypeChange change, Actor admin) {
        Administrators.require(admin);
        ApplicationType type = type(typeCode).orElseThrow(() -> new ChangeRejected("admin.type.unknown", typeCode));
        Department department = departments().stream()
                .filter(d -> d.getCode().equals(change.departmentCode()))
                .findFirst()
                .orElseThrow(() -> new ChangeRejected("admin.type.department.invalid"));
        checkTexts(change.name(), NAME_LENGTH, "admin.type.name.invalid");
        checkTexts(change.eligibility(), ELIGIBILITY_LENGTH, "admin.type.eligibility.invalid");
        if (change.decisionDeadlineDays() < 1 || change.decisionDeadlineDays() > 120) {
            throw new ChangeRejected("admin.type.deadline.invalid", 1, 120);
        }
        BigDecimal amount = change.fixedAmount();
        if (amount != null
                && (amount.signum() <= 0
                        || amount.compareTo(new BigDecimal("100000")) > 0
                        || amount.stripTrailingZeros().scale() > 2)) {
            throw new ChangeRejected("admin.type.amount.invalid");
        }
        String before = describe(type);
        BigDecimal amountBefore = type.getFixedAmount().orElse(null);
        type.change(
                change.name(),
                change.eligibility(),
                change.decisionDeadlineDays(),
                change.deadlineInWorkDays(),
                department,
                amount,
                change.active());
        if (!sameAmount(amountBefore, amount)) {
            amountChanged.fire(new CatalogueAmountChanged(
                    typeCode, amount, Riga.today(clock), "Mainīts katalogā (" + admin.id() + ")"));
        }
        audit.record(
                admin,
                AuditAction.APPLICATION_TYPE_CHANGED,
                AuditSubject.APPLICATION_TYPE,
                type.getId(),
                before + " → " + describe(type));
        return type;
    }

    /** The type's values and its documents changed together: both or neither. */
    public ApplicationType change(
            String typeCode, TypeChange change, List<RequiredDocument.Input> documents, Actor admin) {
        change(typeCode, change, admin);
        return changeDocuments(typeCode, documents, admin);
    }

    /** Replaces the documents a type asks for; a document keeps its code, so earlier attachments stay labelled. */
    public ApplicationType changeDocuments(String typeCode, List<RequiredDocument.Input> documents, Actor admin) {
        Administrators.require(admin);
        ApplicationType type = type(typeCode).orElseThrow(() -> new ChangeRejected("admin.type.unknown", typeCode));
        Set<String> codes = new HashSet<>();
        for (RequiredDocument.Input document : documents) {
            if (document.code() == null
                    || !DOCUMENT_CODE.matcher(document.code()).matches()) {
                throw new ChangeRejected("admin.document.code.invalid");
            }
            if (!codes.add(document.code())) {
                throw new ChangeRejected("admin.document.duplicate", document.code());
            }
            checkTexts(document.name(), NAME_LENGTH, "admin.document.name.invalid");
        }
        String before = describeDocuments(type);
        type.replaceDocuments(documents);
        entityManager.flush();
        audit.record(
                admin,
                AuditAction.APPLICATION_TYPE_DOCUMENTS_CHANGED,
                AuditSubject.APPLICATION_TYPE,
                type.getId(),
                before + " → " + describeDocuments(type));
        return type;
    }

    /** A text for residents must be there in all three languages, within the column's length. */
    private static void checkTexts(LocalizedText text, int maxLength, String messageKey) {
        if (text == null || !text.isComplete(maxLength)) {
            throw new ChangeRejected(messageKey, maxLength);
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static String describe(ApplicationType type) {
        return type.getCode() + " [" + type.getName().lv() + " / "
                + type.getName().en() + " / " + type.getName().ru() + "; "
                + type.getDepartment().getCode() + "; "
                + type.getDecisionDeadlineDays() + (type.isDeadlineInWorkDays() ? " work days" : " days") + "; amount "
                + type.getFixedAmount().map(BigDecimal::toPlainString).orElse("-") + "; "
                + (type.isActive() ? "active" : "inactive") + "]";
    }

    private static String describeDocuments(ApplicationType type) {
        return type.getDocuments().stream()
                .map(d -> d.getCode() + (d.isRequired() ? "*" : ""))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The new values of an application type. */
    public record TypeChange(
            LocalizedText name,
            LocalizedText eligibility,
            int decisionDeadlineDays,
            boolean deadlineInWorkDays,
            String departmentCode,
            BigDecimal fixedAmount,
            boolean active)
            implements java.io.Serializable {

        /** What the type says now: the start of an edit, or what undoes one. */
        public static TypeChange of(ApplicationType type) {
            return new TypeChange(
                    type.getName(),
                    type.getEligibility(),
                    type.getDecisionDeadlineDays(),
                    type.isDeadlineInWorkDays(),
                    type.getDepartment().getCode(),
                    type.getFixedAmount().orElse(null),
                    type.isActive());
        }
    }
}
