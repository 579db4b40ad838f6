package lv.socialais.register;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The State Social Insurance Agency (VSAA): pensions and benefits paid, insured income, disability. */
public interface SocialInsuranceRegister {

    /** @throws RegisterUnavailable when the register cannot answer now */
    PaymentHistory payments(String personalCode, YearMonth from, YearMonth to, QueryContext context);

    /** @throws RegisterUnavailable when the register cannot answer now */
    Disability disability(String personalCode, LocalDate onDate, QueryContext context);

    record Payment(YearMonth month, String type, BigDecimal amount) implements Serializable {}

    record PaymentHistory(List<Payment> payments, BigDecimal insuredIncomeMonthly) implements Serializable {}

    record Disability(boolean disabled, String group, LocalDate validFrom, LocalDate validUntil)
            implements Serializable {}
}
