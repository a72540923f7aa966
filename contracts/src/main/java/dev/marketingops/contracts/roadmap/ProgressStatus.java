package dev.marketingops.contracts.roadmap;

/** How an objective stands against its target and due date. */
public enum ProgressStatus {
    /** At or ahead of the straight-line pace from baseline to target. */
    ON_TRACK,
    /** Behind the straight-line pace, but not yet due. */
    AT_RISK,
    /** The latest reading meets the target. */
    ACHIEVED,
    /** Past the due date without meeting the target. */
    MISSED
}
