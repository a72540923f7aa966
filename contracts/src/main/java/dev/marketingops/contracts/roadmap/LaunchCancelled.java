package dev.marketingops.contracts.roadmap;

import java.util.UUID;

/** A launch was cancelled; its campaigns are cancelled and its targets dropped. */
public record LaunchCancelled(
        UUID launchId,
        UUID itemId,
        UUID productId,
        String reason) implements ItemKeyedEvent {

    public static final String TYPE = "dev.marketingops.roadmap.LaunchCancelled.v1";

    @Override
    public String aggregateId() {
        return launchId.toString();
    }
}
