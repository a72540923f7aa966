package dev.marketingops.metrics.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes campaign.lifecycle events as campaign-service would. */
public final class CampaignEvents {

    private static final EventCodec CODEC = EventCodec.standard();

    private CampaignEvents() {
    }

    public static void created(UUID campaign, UUID launch, UUID product, Money budget) {
        publish(new CampaignCreated(campaign, product, launch, Api.TEAM, Instant.now(), "Spring push", "Grow signups",
                List.of(Channel.SOCIAL), "smb", budget,
                new CampaignSchedule(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"), "UTC"),
                CampaignStatus.DRAFT, null));
    }

    public static void activated(UUID campaign, UUID launch, UUID product) {
        publish(new CampaignActivated(campaign, product, launch, Api.TEAM, Instant.now()));
    }

    private static void publish(dev.marketingops.contracts.EventPayload payload) {
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).publish(CODEC.toProducerRecord(payload));
    }
}
