package dev.marketingops.campaign.campaigns.domain;

import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** ISO-4217 knowledge the campaign rules need: which codes exist and how many decimals each has. */
public final class Currencies {

    private Currencies() {
    }

    public static boolean isKnown(String code) {
        if (code == null) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Minor-unit digits (2 for EUR, 0 for JPY); codes without minor units (e.g. XAU) count as 0. */
    public static int fractionDigits(String code) {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    /** The amount at its currency's scale, so 1000 EUR always reads as 1000.00 whatever the column stores. */
    public static Money money(BigDecimal amount, String currency) {
        // Never fewer decimals than the currency has, never drop a significant one.
        int scale = Math.max(fractionDigits(currency), amount.stripTrailingZeros().scale());
        BigDecimal scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
        return new Money(scaled, currency);
    }
}
