package dev.marketingops.roadmap.roadmaps.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the roadmap endpoints. */
public final class RoadmapRequests {

    private RoadmapRequests() {
    }

    /** A new roadmap for exactly one of a product or a portfolio. */
    @Schema(example = "{\"name\": \"Acme Analytics FY2026\", \"productId\": \"6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11\", \"fiscalYear\": 2026, "
            + "\"growthTarget\": {\"amount\": 2500000.00, \"currency\": \"EUR\"}, \"ownerTeam\": \"growth\"}")
    public record NewRoadmap(@NotBlank @Size(max = 200) String name,
                             UUID productId,
                             @Size(min = 1, max = 200) String portfolio,
                             @Min(2000) @Max(2100) int fiscalYear,
                             @NotNull @Valid MoneyAmount growthTarget,
                             @NotBlank @Size(max = 100) String ownerTeam) {
    }

    /** The editable parts of a roadmap. */
    @Schema(example = "{\"name\": \"Acme Analytics FY2026 (revised)\", \"growthTarget\": {\"amount\": 3000000.00, "
            + "\"currency\": \"EUR\"}}")
    public record RoadmapUpdate(@NotBlank @Size(max = 200) String name, @NotNull @Valid MoneyAmount growthTarget) {
    }
}
