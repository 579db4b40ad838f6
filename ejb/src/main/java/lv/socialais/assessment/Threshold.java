package lv.socialais.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An income level as published for a period, in euros a month: one amount for the first (or
 * only) member of a household and one for each other member.
 */
public record Threshold(
        ThresholdKind kind,
        LocalDate validFrom,
        LocalDate validUntil,
        BigDecimal firstPerson,
        BigDecimal otherPerson,
        String source)
        implements Serializable {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** The level for a whole household: first + other × (persons − 1). */
    public BigDecimal forHousehold(int persons) {
        if (persons < 1) {
            throw new IllegalArgumentException("a household has at least one person");
        }
        return Money.of(firstPerson.add(otherPerson.multiply(BigDecimal.valueOf(persons - 1L))));
    }

    /** How the household level was reached, for the caseworker: "137.00 + 3 × 96.00 = 425.00". */
    public String working(int persons) {
        return Money.of(firstPerson) + (persons > 1 ? " + " + (persons - 1) + " × " + Money.of(otherPerson) : "")
                + " = " + forHousehold(persons);
    }
}
