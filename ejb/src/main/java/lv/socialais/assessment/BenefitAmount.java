package lv.socialais.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/** A computed monthly benefit with the formula that produced it, as the caseworker sees it. */
public record BenefitAmount(BigDecimal monthlyAmount, String working) implements Serializable {

    public boolean eligible() {
        return monthlyAmount.signum() > 0;
    }
}
