package dev.marketingops.roadmap.items.domain;

/** What kind of work a roadmap item is; only LAUNCH items get a launch. */
public enum ItemType {
    INITIATIVE,
    LAUNCH,
    ASSESSMENT,
    IMPROVEMENT
}
