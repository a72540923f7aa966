package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objective on a roadmap item was created, updated or deleted; metrics keeps its KPI targets in step.
 *
 * @param launchId the item's launch, or null while it has none (the record key is the item either way)
 */
public record ObjectiveChanged(
        UUID objectiveId,
        UUID itemId,
        UUID launchId,
        UUID productId,
        KpiKey kpiKey,
        Direction direction,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate dueDate,
        ObjectiveChange change) implements ItemKeyedEvent {

    public static final String TYPE = "dev.marketingops.roadmap.ObjectiveChanged.v1";

    @Override
    public String aggregateId() {
        return objectiveId.toString();
    }
}
