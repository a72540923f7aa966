package dev.marketingops.campaign.campaigns.rest;

import dev.marketingops.contracts.common.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign as a planner writes it, for create and for full update (PUT).
 *
 * @param ownerTeam   defaults to the caller's team; only an admin may create for another team
 * @param budgetGuard whether the budget guard may pause the campaign automatically; default true
 */
@Schema(name = "CampaignRequest")
public record CampaignRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Spring launch - email") String name,
        @NotNull UUID productId,
        UUID launchId,
        UUID parentId,
        @NotBlank @Size(max = 1000) @Schema(examples = "Drive 500 sign-ups in the DACH market") String objective,
        @NotEmpty Set<@NotNull Channel> channels,
        @NotBlank @Size(max = 200) @Schema(examples = "smb-owners-dach") String audienceSegment,
        @NotNull @Valid Budget budget,
        @NotNull @Valid Schedule schedule,
        // Optional, so not @NotBlank; but given, it must name a team (roadmap refuses blank owner teams the same way).
        @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerTeam,
        Boolean budgetGuard) {

    /** An exact amount in an ISO-4217 currency. */
    @Schema(name = "BudgetInput")
    public record Budget(@NotNull @Digits(integer = 15, fraction = 4) @Schema(examples = "25000.00",
                                 description = "At most 15 digits before and 4 after the decimal point") BigDecimal amount,
                         @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO-4217 code like EUR") String currency) {
    }

    /** When the campaign runs, and the IANA zone it was planned in. */
    @Schema(name = "ScheduleInput")
    public record Schedule(@NotNull Instant start, @NotNull Instant end,
                           @NotBlank @Size(max = 64) @Schema(examples = "Europe/Berlin") String timeZone) {
    }
}
