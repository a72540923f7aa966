package dev.marketingops.roadmap.objectives.domain;

import java.time.LocalDate;

/**
 * An objective with its latest KPI reading, as of a day.
 *
 * @param reading null while no KPI has been reported for the objective
 * @param today   the day its progress is evaluated for
 */
public record TrackedObjective(Objective objective, ObjectiveReading reading, LocalDate today) {

    public ObjectiveProgress progress() {
        return objective.progress(reading == null ? null : reading.actual, today);
    }
}
