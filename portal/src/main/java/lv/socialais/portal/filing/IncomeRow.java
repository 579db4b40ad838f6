package lv.socialais.portal.filing;

import java.io.Serializable;
import lv.socialais.application.IncomeInput;
import lv.socialais.application.IncomeType;
import lv.socialais.person.PersonalCode;

/** One income line as typed: the amount stays text until submission, so nothing typed is lost. */
public class IncomeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String earnerPersonalCode;
    private IncomeType type;
    private String amount;

    static IncomeRow of(IncomeInput input) {
        IncomeRow row = new IncomeRow();
        row.earnerPersonalCode = input.earnerPersonalCode();
        row.type = input.type();
        row.amount = input.amountLast3Months() == null
                ? null
                : input.amountLast3Months().toPlainString();
        return row;
    }

    IncomeInput toInput() {
        return new IncomeInput(earnerPersonalCode, type, Amounts.parse(amount).orElse(null));
    }

    boolean isStorable() {
        return PersonalCode.isValid(earnerPersonalCode)
                && type != null
                && Amounts.parse(amount).isPresent()
                && toInput().amountLast3Months().signum() >= 0
                && toInput().amountLast3Months().precision() <= 10;
    }

    public String getEarnerPersonalCode() {
        return earnerPersonalCode;
    }

    public void setEarnerPersonalCode(String earnerPersonalCode) {
        this.earnerPersonalCode = earnerPersonalCode;
    }

    public IncomeType getType() {
        return type;
    }

    public void setType(IncomeType type) {
        this.type = type;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
