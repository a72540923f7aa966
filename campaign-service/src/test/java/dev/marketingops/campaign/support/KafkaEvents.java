package dev.marketingops.campaign.support;

import static dev.marketingops.infra.KafkaTestClient.header;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.Topics;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import java.util.List;
import java.util.UUID;

/** Publishes real events to the broker and reads back what campaign-service published, decoded and schema-checked. */
public final class KafkaEvents {

    private static final EventCodec CODEC = EventCodec.standard();

    private KafkaEvents() {
    }

    public static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
    }

    /** Publishes {@code payload} on its catalogued topic as a producing service would, with a fresh event id. */
    public static void publish(EventPayload payload) {
        kafka().publish(CODEC.toProducerRecord(payload));
    }

    /**
     * The campaign's events on {@code campaign.lifecycle}, in order. Decoding validates each against its JSON Schema,
     * so an invalid event fails the caller.
     */
    public static List<DecodedEvent> lifecycleOf(UUID campaignId) {
        return kafka().readMatching(Topics.CAMPAIGN_LIFECYCLE, r -> campaignId.toString().equals(header(r, "ce_subject")))
                .stream().map(CODEC::decode).toList();
    }

    /** Short type names, e.g. {@code CampaignPaused}, of the campaign's published events in order. */
    public static List<String> lifecycleTypesOf(UUID campaignId) {
        return lifecycleOf(campaignId).stream().map(e -> e.payload().getClass().getSimpleName()).toList();
    }
}
