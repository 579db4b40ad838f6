package lv.socialais.portal.staff.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.assessment.DatedValue;
import lv.socialais.assessment.ReferenceDataAdministration;
import lv.socialais.assessment.ReferenceKind;
import lv.socialais.common.Today;

/**
 * The administrator's page of one kind of dated reference data: every period with the value in
 * force today marked, and a new value added with its effective date (a future one too).
 */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    @Inject
    private ReferenceDataAdministration referenceData;

    @Inject
    private AdminPage page;

    private ReferenceKind kind = ReferenceKind.GMI;
    private List<DatedValue> values = List.of();
    private String key;
    private LocalDate validFrom;
    private BigDecimal value;
    private BigDecimal otherPerson;
    private String source;

    /** Called by the page's viewAction once the kind is known. */
    public void load() {
        if (page.allowed()) {
            values = referenceData.history(kind);
            if (key == null && !kind.fixedKeys().isEmpty()) {
                key = kind.fixedKeys().get(0);
            }
        }
    }

    public void add() {
        if (!page.allowed()) {
            return;
        }
        boolean added = page.run(
                () -> referenceData.add(kind, key, validFrom, value, otherPerson, source, page.admin()),
                "admin.reference.added",
                validFrom == null ? "" : validFrom.toString());
        if (added) {
            value = null;
            otherPerson = null;
            validFrom = null;
            values = referenceData.history(kind);
        }
    }

    /** Whether the row is the one applied today. */
    public boolean inForceToday(DatedValue row) {
        return row.inForceOn(today.date());
    }

    public boolean isPerPerson() {
        return kind.shape() == ReferenceKind.Shape.PER_PERSON;
    }

    /** Keys are chosen from a list for the state's thresholds, K and grant periods, and typed for municipalities and amounts. */
    public boolean isKeyChosen() {
        return !kind.fixedKeys().isEmpty();
    }

    public boolean isKeyShown() {
        return kind.fixedKeys().size() != 1;
    }

    public ReferenceKind[] getKinds() {
        return ReferenceKind.values();
    }

    public ReferenceKind getKind() {
        return kind;
    }

    public void setKind(ReferenceKind kind) {
        this.kind = kind == null ? ReferenceKind.GMI : kind;
    }

    public List<DatedValue> getValues() {
        return values;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getOtherPerson() {
        return otherPerson;
    }

    public void setOtherPerson(BigDecimal otherPerson) {
        this.otherPerson = otherPerson;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
