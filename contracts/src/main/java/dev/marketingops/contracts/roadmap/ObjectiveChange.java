package dev.marketingops.contracts.roadmap;

/** What happened to an objective; DELETED still carries the last values so consumers can drop targets. */
public enum ObjectiveChange {
    CREATED,
    UPDATED,
    DELETED
}
