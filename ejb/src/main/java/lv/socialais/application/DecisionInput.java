package lv.socialais.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a caseworker decides: outcome, amount and period (where the type has them), legal basis,
 * reasons; and, where the product computed the amount, the computation it rests on (frozen with
 * the decision) and the written reason when the amount differs from it.
 */
public record DecisionInput(
        @NotNull(message = "{decision.outcome.required}") DecisionOutcome outcome,

        @DecimalMin(value = "0.00", message = "{income.amount.negative}") @Digits(integer = 8, fraction = 2, message = "{field.money}") BigDecimal amount,

        LocalDate periodFrom,
        LocalDate periodTo,

        @NotBlank(message = "{decision.legalBasis.required}") @Size(max = 1000, message = "{text.tooLong}") String legalBasis,

        @NotBlank(message = "{decision.reasons.required}") @Size(max = 10000, message = "{text.tooLong}") String reasons,

        String assessment,
        BigDecimal computedAmount,
        @Size(max = 2000, message = "{text.tooLong}") String overrideReason)
        implements Serializable {

    /** A decision without a computed amount. */
    public DecisionInput(
            DecisionOutcome outcome,
            BigDecimal amount,
            LocalDate periodFrom,
            LocalDate periodTo,
            String legalBasis,
            String reasons) {
        this(outcome, amount, periodFrom, periodTo, legalBasis, reasons, null, null, null);
    }

    /** True when the decided amount is not the computed one, which needs a written reason. */
    public boolean overridesComputation() {
        return computedAmount != null && (amount == null || amount.compareTo(computedAmount) != 0);
    }
}
