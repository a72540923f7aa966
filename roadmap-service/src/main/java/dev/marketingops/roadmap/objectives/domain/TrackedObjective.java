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
        Objective o = objective;
        return ObjectiveProgress.evaluate(o.direction, o.baseline, o.target, o.startDate, o.dueDate,
                reading == null ? null : reading.actual, today);
    }
}
