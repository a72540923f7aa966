package dev.marketingops.contracts.common;

/** The kind of thing an aggregate (NPS, sentiment) is computed for. */
public enum SubjectType {
    PRODUCT,
    LAUNCH,
    CAMPAIGN,
    ROADMAP_ITEM
}
