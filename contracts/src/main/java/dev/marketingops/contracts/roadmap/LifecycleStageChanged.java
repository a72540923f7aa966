package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.EventPayload;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product moved to another lifecycle stage (topic roadmap.products).
 *
 * @param previousStage null for a product's first stage
 * @param ownerTeam     the product's owner team (added later, so absent from older events)
 */
public record LifecycleStageChanged(
        UUID productId,
        LifecycleStage previousStage,
        LifecycleStage stage,
        LocalDate changedOn,
        String ownerTeam) implements EventPayload {

    public static final String TYPE = "dev.marketingops.roadmap.LifecycleStageChanged.v1";

    /** An event without the owner team, as written before the field existed. */
    public LifecycleStageChanged(UUID productId, LifecycleStage previousStage, LifecycleStage stage, LocalDate changedOn) {
        this(productId, previousStage, stage, changedOn, null);
    }

    @Override
    public String aggregateId() {
        return productId.toString();
    }
}
