package lv.socialais.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of a reference value: what it is (kind and key, e.g. GMI, or a municipality's
 * code), from when until when it is in force (no end: until replaced), the value (the second
 * amount only for per-person thresholds) and where it was published.
 */
public record DatedValue(
        ReferenceKind kind,
        String key,
        LocalDate validFrom,
        LocalDate validUntil,
        BigDecimal value,
        BigDecimal otherPerson,
        String source)
        implements Serializable {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
