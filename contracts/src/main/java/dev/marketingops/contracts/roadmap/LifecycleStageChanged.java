package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.EventPayload;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product moved to another lifecycle stage (topic roadmap.products).
 *
 * @param previousStage null for a product's first stage
 */
public record LifecycleStageChanged(
        UUID productId,
        LifecycleStage previousStage,
        LifecycleStage stage,
        LocalDate changedOn) implements EventPayload {

    public static final String TYPE = "dev.marketingops.roadmap.LifecycleStageChanged.v1";

    @Override
    public String aggregateId() {
        return productId.toString();
    }
}
