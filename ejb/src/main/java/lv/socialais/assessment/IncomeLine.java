package lv.socialais.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One income of one household member counted in the means test, with where it comes from:
 * the household's declaration or a register (VSAA payments, NVA unemployment benefit).
 */
public record IncomeLine(String personalCode, Source source, String type, BigDecimal monthlyAmount)
        implements Serializable {

    public enum Source {
        DECLARED,
        VSAA,
        NVA
    }
}
