package dev.marketingops.contracts.common;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount in an ISO-4217 currency; never floating point, so sums of spend stay exact.
 *
 * @param amount   exact decimal amount (events require it to be &gt;= 0)
 * @param currency ISO-4217 code, three upper-case letters
 */
public record Money(BigDecimal amount, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Fail at construction rather than at publish time: a bad code is always a programming error.
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code like EUR, was: " + currency);
        }
    }

    /** Parses the amount from its decimal text, so callers never pass through a double. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Adds an amount in the same currency; mixing currencies is refused, never converted. */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
