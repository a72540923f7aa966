package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A launch got (or re-got) its date; campaign fans out one draft per channel, metrics registers the targets.
 *
 * @param name       launch name, used to name the draft campaigns
 * @param tier       1 (biggest) to 3
 * @param markets    market codes, e.g. {@code DE}, {@code US}, {@code EMEA}
 * @param budgetHint suggested total budget, or null
 */
public record LaunchScheduled(
        UUID launchId,
        UUID itemId,
        UUID productId,
        UUID roadmapId,
        String name,
        LocalDate launchDate,
        int tier,
        List<String> markets,
        List<Channel> channels,
        List<String> audienceSegments,
        String ownerTeam,
        Money budgetHint,
        List<LaunchObjective> objectives) implements ItemKeyedEvent {

    public static final String TYPE = "dev.marketingops.roadmap.LaunchScheduled.v1";

    public LaunchScheduled {
        // Immutable, never-null lists: readers should not have to null-check collections.
        markets = markets == null ? List.of() : List.copyOf(markets);
        channels = channels == null ? List.of() : List.copyOf(channels);
        audienceSegments = audienceSegments == null ? List.of() : List.copyOf(audienceSegments);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    @Override
    public String aggregateId() {
        return launchId.toString();
    }
}
