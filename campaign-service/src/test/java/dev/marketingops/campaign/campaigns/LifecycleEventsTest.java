package dev.marketingops.campaign.campaigns;

import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.manager;
import static dev.marketingops.campaign.support.CampaignApi.put;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.KafkaEvents.lifecycleOf;
import static dev.marketingops.campaign.support.KafkaEvents.lifecycleTypesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.campaign.BudgetChanged;
import dev.marketingops.contracts.campaign.CampaignCancelled;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.common.Money;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each change is published through the outbox on campaign.lifecycle, keyed by campaign, in order and schema-valid. */
@QuarkusTest
class LifecycleEventsTest {

    @Test
    void aFullRunPublishesEveryLifecycleEventInOrder() {
        UUID id = create();
        Map<String, Object> bigger = body();
        bigger.put("budget", Map.of("amount", "2500.50", "currency", "EUR"));
        put(manager(), id, null, bigger).statusCode(200);
        step(id, "schedule").statusCode(200);
        step(id, "activate").statusCode(200);
        step(manager(), id, "pause", "waiting for new creatives").statusCode(200);
        step(id, "resume").statusCode(200);
        step(id, "complete").statusCode(200);

        // lifecycleOf decodes with EventCodec.standard(), which validates every event against its JSON Schema.
        List<String> types = await().atMost(Duration.ofSeconds(20))
                .until(() -> lifecycleTypesOf(id), t -> t.size() >= 7);
        assertThat(types).containsExactly("CampaignCreated", "BudgetChanged", "CampaignScheduled",
                "CampaignActivated", "CampaignPaused", "CampaignResumed", "CampaignCompleted");

        List<DecodedEvent> events = lifecycleOf(id);
        assertThat(events).allSatisfy(e -> assertThat(e.cloudEvent().getSubject()).isEqualTo(id.toString()));
        CampaignCreated created = (CampaignCreated) events.get(0).payload();
        assertThat(created.budget()).isEqualTo(Money.of("1000.00", "EUR"));
        BudgetChanged budget = (BudgetChanged) events.get(1).payload();
        assertThat(budget.previous()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(budget.current()).isEqualTo(Money.of("2500.50", "EUR"));
        CampaignPaused paused = (CampaignPaused) events.get(4).payload();
        assertThat(paused.reason()).isEqualTo("waiting for new creatives");
        assertThat(paused.automatic()).isFalse();
    }

    @Test
    void cancellationCarriesItsReason() {
        UUID id = create();
        step(manager(), id, "cancel", "product recalled").statusCode(200);

        List<DecodedEvent> events = await().atMost(Duration.ofSeconds(20)).until(() -> lifecycleOf(id), e -> e.size() >= 2);
        assertThat(events.get(1).payload()).isInstanceOfSatisfying(CampaignCancelled.class,
                c -> assertThat(c.reason()).isEqualTo("product recalled"));
    }
}
