package dev.marketingops.contracts.roadmap;

/** Product lifecycle stage. */
public enum LifecycleStage {
    INTRODUCTION,
    GROWTH,
    MATURITY,
    DECLINE
}
