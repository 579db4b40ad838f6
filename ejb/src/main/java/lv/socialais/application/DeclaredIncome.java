package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** Income a household member declared for the last three months. */
@Embeddable
public class DeclaredIncome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "earner_personal_code", nullable = false)
    private String earnerPersonalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_type", nullable = false)
    private IncomeType type;

    @Column(name = "amount_last_3_months", nullable = false, precision = 10, scale = 2)
    private BigDecimal amountLast3Months;

    protected DeclaredIncome() {
        // for JPA
    }

    DeclaredIncome(IncomeInput input) {
        this.earnerPersonalCode = HouseholdMember.normalised(input.earnerPersonalCode());
        this.type = input.type();
        this.amountLast3Months = input.amountLast3Months().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    IncomeInput toInput() {
        return new IncomeInput(earnerPersonalCode, type, amountLast3Months);
    }

    public String getEarnerPersonalCode() {
        return earnerPersonalCode;
    }

    public IncomeType getType() {
        return type;
    }

    public BigDecimal getAmountLast3Months() {
        return amountLast3Months;
    }
}
