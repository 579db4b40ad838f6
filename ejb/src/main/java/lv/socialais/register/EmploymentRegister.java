package lv.socialais.register;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The State Employment Agency (NVA): is a person registered as unemployed, with benefit, in a measure. */
public interface EmploymentRegister {

    /** @throws RegisterUnavailable when the register cannot answer now */
    UnemploymentStatus unemploymentStatus(String personalCode, LocalDate onDate, QueryContext context);

    record UnemploymentStatus(
            boolean registered,
            String status,
            LocalDate registeredSince,
            String activeMeasure,
            boolean benefitPaid,
            BigDecimal benefitMonthlyAmount)
            implements Serializable {}
}
