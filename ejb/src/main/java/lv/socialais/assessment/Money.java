package lv.socialais.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euros with two decimals, rounded half up as the law's amounts are. */
public final class Money {

    public static final BigDecimal ZERO = of(BigDecimal.ZERO);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private Money() {}

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** The average month of a three-month total. */
    public static BigDecimal monthlyOfThreeMonths(BigDecimal total) {
        return total.divide(THREE, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal positivePart(BigDecimal amount) {
        return of(amount.max(BigDecimal.ZERO));
    }
}
