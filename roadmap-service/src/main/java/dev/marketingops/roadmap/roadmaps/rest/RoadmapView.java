package dev.marketingops.roadmap.roadmaps.rest;

import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap as the API shows it. */
@Schema(example = "{\"id\": \"3c9f0b7e-2a41-4e8b-9d55-7f1e2a3b4c5d\", \"name\": \"Acme Analytics FY2026\", "
        + "\"productId\": \"6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11\", \"fiscalYear\": 2026, "
        + "\"growthTarget\": {\"amount\": 2500000.00, \"currency\": \"EUR\"}, \"ownerTeam\": \"growth\", "
        + "\"version\": 0}")
public record RoadmapView(UUID id, String name, UUID productId, String portfolio, int fiscalYear,
                          MoneyAmount growthTarget, String ownerTeam, long version) {

    public static RoadmapView of(Roadmap r) {
        return new RoadmapView(r.id, r.name, r.productId, r.portfolio, r.fiscalYear,
                MoneyAmount.of(r.growthTargetAmount, r.growthTargetCurrency), r.ownerTeam, r.version);
    }
}
