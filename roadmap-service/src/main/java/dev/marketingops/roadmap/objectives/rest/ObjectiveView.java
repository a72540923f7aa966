package dev.marketingops.roadmap.objectives.rest;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import dev.marketingops.roadmap.objectives.domain.Objective;
import dev.marketingops.roadmap.objectives.domain.ObjectiveProgress;
import dev.marketingops.roadmap.objectives.domain.ObjectiveReading;
import dev.marketingops.roadmap.objectives.domain.TrackedObjective;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective with its progress as of today. */
@Schema(example = "{\"id\": \"0e6f1f0a-7d1c-4f43-9a3e-2b7c1d9e8f00\", "
        + "\"itemId\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", \"kpiKey\": \"conversions\", "
        + "\"direction\": \"INCREASE\", \"baseline\": 0, \"target\": 5000, \"startDate\": \"2026-04-01\", "
        + "\"dueDate\": \"2026-06-30\", \"progress\": {\"actual\": 2100, "
        + "\"actualAt\": \"2026-05-10T00:00:00Z\", \"percent\": 42.00, \"status\": \"AT_RISK\"}, "
        + "\"version\": 0}")
public record ObjectiveView(UUID id, UUID itemId, KpiKey kpiKey, Direction direction, BigDecimal baseline,
                            BigDecimal target, LocalDate startDate, LocalDate dueDate, Progress progress, long version) {

    /** Latest actual, percent of the way from baseline to target, and status. */
    public record Progress(BigDecimal actual, Instant actualAt, BigDecimal percent, ProgressStatus status) {
    }

    /** The objective with its progress as of the tracked day; no actual while no KPI has been reported. */
    public static ObjectiveView of(TrackedObjective tracked) {
        Objective o = tracked.objective();
        ObjectiveReading reading = tracked.reading();
        ObjectiveProgress p = tracked.progress();
        return new ObjectiveView(o.id, o.itemId, o.kpiKey, o.direction, o.baseline, o.target, o.startDate, o.dueDate,
                new Progress(p.actual(), reading == null ? null : reading.actualAt, p.percent(), p.status()), o.version);
    }
}
