package lv.socialais.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** Property the household owns: real estate, a vehicle, savings. */
public record PropertyInput(
        @NotNull(message = "{property.kind.required}") PropertyKind kind,

        @NotBlank(message = "{property.description.required}") @Size(max = 300, message = "{text.tooLong}") String description,

        @DecimalMin(value = "0.00", message = "{income.amount.negative}") @Digits(integer = 10, fraction = 2, message = "{field.money}") BigDecimal estimatedValue)
        implements Serializable {}
