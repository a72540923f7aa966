package dev.marketingops.roadmap.roadmaps.rest;

import dev.marketingops.contracts.common.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exact amount in an ISO-4217 currency as a client sends it; validated before it becomes a {@link Money}. */
@Schema(description = "Exact amount and ISO-4217 currency", example = "{\"amount\": 2500000.00, \"currency\": \"EUR\"}")
public record MoneyAmount(
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO-4217 code like EUR") String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public static MoneyAmount of(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyAmount(amount, currency);
    }
}
