package dev.marketingops.campaign.budget;

import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.get;
import static dev.marketingops.campaign.support.KafkaEvents.kafka;
import static dev.marketingops.infra.KafkaTestClient.header;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.campaign.support.Kpis;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Spend is never converted: a snapshot in another currency than the budget's goes to the DLQ and changes nothing. */
@QuarkusTest
class SpendInAnotherCurrencyTest {

    @Test
    void spendInAnotherCurrencyIsDeadLetteredAsRejected() {
        UUID id = create();
        EventCodec codec = EventCodec.standard();
        CloudEvent event = codec.toCloudEvent(Kpis.spend(id, "5000.00", "USD"));
        kafka().publish(codec.toProducerRecord(event, id.toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> kafka().readMatching(Topics.dlq(Topics.METRICS_KPIS),
                r -> event.getId().equals(header(r, "ce_id")) && "REJECTED".equals(header(r, "dlq-reason-code"))).size() == 1);
        get(id).body("spent.amount", equalTo(0.00f)).body("status", equalTo("DRAFT"));
    }
}
