package dev.marketingops.contracts.campaign;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** Fields every campaign event carries, so consumers can route without loading the campaign. */
public interface CampaignEvent extends EventPayload {

    UUID campaignId();

    UUID productId();

    /** The launch the campaign belongs to, or null for a standalone campaign. */
    UUID launchId();

    String ownerTeam();

    /** When the change happened in campaign-service (not when it was published). */
    Instant occurredAt();

    @Override
    default String aggregateId() {
        return campaignId().toString();
    }
}
