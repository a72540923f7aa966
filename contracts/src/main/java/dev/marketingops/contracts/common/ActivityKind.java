package dev.marketingops.contracts.common;

/** What a marketing activity record counts. */
public enum ActivityKind {
    IMPRESSION,
    CLICK,
    CONVERSION,
    SPEND,
    REVENUE,
    SIGNUP,
    ENGAGEMENT;

    /** Money kinds carry an amount and a currency; every other kind must not. */
    public boolean isMoney() {
        return this == SPEND || this == REVENUE;
    }
}
