package dev.marketingops.contracts.roadmap;

/** What moved an objective's status; an edit of the objective is announced as {@link ObjectiveChanged} instead. */
public enum ProgressCause {
    /** A KPI reading (a snapshot, a threshold crossing, an NPS figure). */
    READING,
    /** The day: the straight-line pace moved past the reading, or the due date passed. */
    CALENDAR
}
