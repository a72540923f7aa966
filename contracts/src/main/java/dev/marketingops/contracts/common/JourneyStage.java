package dev.marketingops.contracts.common;

/** Customer journey stage, in funnel order (the ordinal is the funnel position). */
public enum JourneyStage {
    AWARENESS,
    CONSIDERATION,
    CONVERSION,
    RETENTION,
    ADVOCACY
}
