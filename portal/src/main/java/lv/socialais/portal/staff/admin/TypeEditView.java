package lv.socialais.portal.staff.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.Department;
import lv.socialais.catalog.RequiredDocument;

/**
 * The administrator's page of one application type: names and who may apply in three
 * languages, the documents asked for, the decision deadline, department, fixed amount and
 * whether residents can apply now. Saved together, audited by the core.
 */
@Named
@ViewScoped
public class TypeEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogAdministration catalog;

    @Inject
    private AdminPage page;

    private String code;
    private boolean found;
    private Texts3 name = new Texts3();
    private Texts3 eligibility = new Texts3();
    private Integer deadlineDays;
    private boolean workDays;
    private String departmentCode;
    private BigDecimal fixedAmount;
    private boolean active;
    private List<DocumentRow> documents = new ArrayList<>();
    private List<Department> departments = List.of();

    /** Called by the page's viewAction once the type's code is known. */
    public void load() {
        if (!page.allowed()) {
            return;
        }
        departments = catalog.departments();
        catalog.type(code).ifPresent(type -> {
            found = true;
            fill(type);
        });
    }

    private void fill(ApplicationType type) {
        name = Texts3.of(type.getName());
        eligibility = Texts3.of(type.getEligibility());
        deadlineDays = type.getDecisionDeadlineDays();
        workDays = type.isDeadlineInWorkDays();
        departmentCode = type.getDepartment().getCode();
        fixedAmount = type.getFixedAmount().orElse(null);
        active = type.isActive();
        documents = new ArrayList<>(
                type.getDocuments().stream().map(DocumentRow::of).toList());
    }

    public void save() {
        if (!page.allowed()) {
            return;
        }
        if (deadlineDays == null) {
            page.invalid("type:deadline", "admin.type.deadline.invalid", 1, 120);
            return;
        }
        CatalogAdministration.TypeChange change = new CatalogAdministration.TypeChange(
                name.text(), eligibility.text(), deadlineDays, workDays, departmentCode, fixedAmount, active);
        List<RequiredDocument.Input> inputs =
                documents.stream().map(DocumentRow::input).toList();
        page.run(() -> catalog.change(code, change, inputs, page.admin()), "admin.type.saved");
    }

    public void addDocument() {
        documents.add(new DocumentRow());
    }

    public void removeDocument(DocumentRow row) {
        documents.remove(row);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isFound() {
        return found;
    }

    public Texts3 getName() {
        return name;
    }

    public Texts3 getEligibility() {
        return eligibility;
    }

    public Integer getDeadlineDays() {
        return deadlineDays;
    }

    public void setDeadlineDays(Integer deadlineDays) {
        this.deadlineDays = deadlineDays;
    }

    public boolean isWorkDays() {
        return workDays;
    }

    public void setWorkDays(boolean workDays) {
        this.workDays = workDays;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public BigDecimal getFixedAmount() {
        return fixedAmount;
    }

    public void setFixedAmount(BigDecimal fixedAmount) {
        this.fixedAmount = fixedAmount;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    /** A document as edited: its code (upper case, kept), names and whether it is required. */
    public static class DocumentRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private Texts3 name = new Texts3();
        private boolean required;

        static DocumentRow of(RequiredDocument document) {
            DocumentRow row = new DocumentRow();
            row.code = document.getCode();
            row.name = Texts3.of(document.getName());
            row.required = document.isRequired();
            return row;
        }

        RequiredDocument.Input input() {
            return new RequiredDocument.Input(
                    code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT), name.text(), required);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Texts3 getName() {
            return name;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }
}
