package dev.marketingops.roadmap.products.rest;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the product endpoints. */
public final class ProductRequests {

    private ProductRequests() {
    }

    /** A new product; {@code stageChangedOn} defaults to today. */
    @Schema(example = "{\"name\": \"Acme Analytics\", \"ownerTeam\": \"growth\", \"stage\": \"INTRODUCTION\", "
            + "\"stageChangedOn\": \"2026-01-15\"}")
    public record NewProduct(@NotBlank @Size(max = 200) String name,
                             @NotBlank @Size(max = 100) String ownerTeam,
                             @NotNull LifecycleStage stage,
                             LocalDate stageChangedOn) {
    }

    /** Moves a product to another lifecycle stage on a date (default today). */
    @Schema(example = "{\"stage\": \"GROWTH\", \"changedOn\": \"2026-06-01\"}")
    public record StageChange(@NotNull LifecycleStage stage, LocalDate changedOn) {
    }
}
