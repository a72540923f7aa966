package dev.marketingops.roadmap.products.rest;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.products.domain.ProductWithHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as the API shows it, with its stage history oldest first. */
@Schema(example = "{\"id\": \"6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11\", \"name\": \"Acme Analytics\", "
        + "\"ownerTeam\": \"growth\", \"stage\": \"GROWTH\", \"stageChangedOn\": \"2026-06-01\", "
        + "\"stageHistory\": [{\"stage\": \"INTRODUCTION\", \"changedOn\": \"2026-01-15\"}, "
        + "{\"previousStage\": \"INTRODUCTION\", \"stage\": \"GROWTH\", \"changedOn\": \"2026-06-01\"}], "
        + "\"version\": 1}")
public record ProductView(UUID id, String name, String ownerTeam, LifecycleStage stage, LocalDate stageChangedOn,
                          List<StageEntry> stageHistory, long version) {

    /** One recorded stage change. */
    public record StageEntry(LifecycleStage previousStage, LifecycleStage stage, LocalDate changedOn) {
    }

    static ProductView of(ProductWithHistory read) {
        Product p = read.product();
        return new ProductView(p.id, p.name, p.ownerTeam, p.stage, p.stageChangedOn,
                read.history().stream().map(h -> new StageEntry(h.previousStage, h.stage, h.changedOn)).toList(), p.version);
    }

    public static ProductView summary(Product p) {
        return new ProductView(p.id, p.name, p.ownerTeam, p.stage, p.stageChangedOn, null, p.version);
    }
}
