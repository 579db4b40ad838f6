package lv.socialais.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** Income one household member received in the last three months, in euros. */
public record IncomeInput(
        @NotBlank(message = "{income.earner.required}") String earnerPersonalCode,
        @NotNull(message = "{income.type.required}") IncomeType type,

        @NotNull(message = "{income.amount.required}") @DecimalMin(value = "0.00", message = "{income.amount.negative}") @DecimalMax(value = "999999.99", message = "{income.amount.tooLarge}") @Digits(integer = 6, fraction = 2, message = "{field.money}") BigDecimal amountLast3Months)
        implements Serializable {}
