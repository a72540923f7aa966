package dev.marketingops.roadmap.launches.rest;

import dev.marketingops.roadmap.roadmaps.rest.MoneyAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the launch endpoints. */
public final class LaunchRequests {

    private LaunchRequests() {
    }

    /** A launch for a LAUNCH item; its date must lie within the item's dates. */
    @Schema(example = "{\"itemId\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", \"name\": \"Acme v2 launch\", \"launchDate\": \"2026-04-15\", "
            + "\"tier\": 1, \"markets\": [\"DE\", \"US\"], \"budgetHint\": {\"amount\": 50000.00, \"currency\": \"EUR\"}}")
    public record NewLaunch(@NotNull UUID itemId,
                            @NotBlank @Size(max = 200) String name,
                            @NotNull LocalDate launchDate,
                            @Min(1) @Max(3) int tier,
                            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> markets,
                            @Valid MoneyAmount budgetHint) {
    }

    /** Moves a scheduled launch to a new date. */
    @Schema(example = "{\"launchDate\": \"2026-05-01\", \"reason\": \"Waiting for app store approval\"}")
    public record Reschedule(@NotNull LocalDate launchDate, @Size(min = 1, max = 1000) String reason) {
    }

    /** Why a launch is cancelled. */
    @Schema(example = "{\"reason\": \"Product discontinued\"}")
    public record Cancel(@NotBlank @Size(max = 1000) String reason) {
    }
}
