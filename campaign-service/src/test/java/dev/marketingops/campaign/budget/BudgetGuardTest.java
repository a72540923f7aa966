package dev.marketingops.campaign.budget;

import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.driveTo;
import static dev.marketingops.campaign.support.CampaignApi.get;
import static dev.marketingops.campaign.support.CampaignApi.status;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static dev.marketingops.campaign.support.KafkaEvents.lifecycleOf;
import static dev.marketingops.campaign.support.KafkaEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.campaign.support.CampaignApi;
import dev.marketingops.campaign.support.Kpis;
import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.campaign.BudgetWarning;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignStatus;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Real KPI events from metrics.kpis: a warning at 80 % of the budget, an automatic pause at 100 % unless switched off. */
@QuarkusTest
class BudgetGuardTest {

    @Test
    void spendAtTheWarningShareAnnouncesABudgetWarningOnce() {
        UUID id = running(body());
        publish(Kpis.spend(id, "800.00"));
        publish(Kpis.spend(id, "850.00"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(id).body("spent.amount", equalTo(850.00f)));
        assertThat(status(id)).isEqualTo("ACTIVE");
        // Marker: a manual pause is emitted after both snapshots were applied, on the same key and so the same
        // partition. Once it is on the topic, every warning either snapshot caused is there before it.
        step(CampaignApi.manager(), id, "pause", "test marker").statusCode(200);
        List<DecodedEvent> lifecycle = await().atMost(Duration.ofSeconds(20))
                .until(() -> lifecycleOf(id), events -> !ofType(events, CampaignPaused.class).isEmpty());
        List<BudgetWarning> warnings = ofType(lifecycle, BudgetWarning.class);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).share()).isEqualByComparingTo(new BigDecimal("0.8"));
    }

    @Test
    void spendReachingTheBudgetPausesTheCampaignAutomaticallyWithTheReason() {
        UUID id = running(body());
        publish(Kpis.spend(id, "1000.00"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "PAUSED".equals(status(id)));
        CampaignPaused paused = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(lifecycleOf(id), CampaignPaused.class), p -> !p.isEmpty()).get(0);
        assertThat(paused.automatic()).isTrue();
        assertThat(paused.reason()).isEqualTo("budget exhausted: spent 1000.00 EUR of 1000.00 EUR");
    }

    @Test
    void aBudgetExhaustedCrossingPausesTheCampaign() {
        UUID id = running(body());
        publish(Kpis.budgetExhausted(id, "1003.10", "1000.00"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "PAUSED".equals(status(id)));
        get(id).body("spent.amount", equalTo(1003.10f));
    }

    @Test
    void withTheGuardSwitchedOffTheCampaignKeepsRunning() {
        Map<String, Object> body = body();
        body.put("budgetGuard", false);
        UUID id = running(body);
        publish(Kpis.spend(id, "1200.00"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(id).body("spent.amount", equalTo(1200.00f)));
        assertThat(status(id)).isEqualTo("ACTIVE");
    }

    private static UUID running(Map<String, Object> body) {
        UUID id = create(body);
        driveTo(id, CampaignStatus.ACTIVE);
        return id;
    }

    private static <T> List<T> ofType(List<DecodedEvent> events, Class<T> type) {
        return events.stream().map(DecodedEvent::payload).filter(type::isInstance).map(type::cast).toList();
    }
}
