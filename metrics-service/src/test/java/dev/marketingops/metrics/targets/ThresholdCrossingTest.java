package dev.marketingops.metrics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.targets.app.ThresholdWatch;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.KpiMarkers;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KpiThresholdCrossed is emitted once per crossing: a value hovering around the line does not flap. */
@QuarkusTest
class ThresholdCrossingTest {

    static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

    @Inject
    Rollups rollups;

    @Inject
    ThresholdWatch watch;

    @Inject
    CampaignDirectory directory;

    @Inject
    KpiMarkers markers;

    @Test
    void cpaHoveringAtItsLimitCrossesOnceUntilItFallsBackPastTheHysteresis() {
        UUID campaign = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        CampaignEvents.created(campaign, null, product, Money.of("1000", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"DECREASE\",\"target\":10}")
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(200);

        step(conversions(campaign, 10), spend(campaign, "105"));   // CPA 10.50: above the limit of 10
        step(conversions(campaign, 1));                             // 9.55: below, but within 5 % hysteresis
        step(spend(campaign, "7"));                                 // 10.18: above again
        step();                                                     // unchanged
        crossings(campaign, ThresholdKind.CPA_ABOVE_LIMIT, 1);

        step(conversions(campaign, 2));                             // 8.62: re-armed
        step(spend(campaign, "30"));                                // 10.92: a new crossing
        crossings(campaign, ThresholdKind.CPA_ABOVE_LIMIT, 2);
        List<KpiThresholdCrossed> crossings = markers.afterMarker(KpiThresholdCrossed.class, campaign, null, product, campaign)
                .stream().filter(e -> e.kind() == ThresholdKind.CPA_ABOVE_LIMIT).toList();
        assertThat(crossings).hasSize(2);
        assertThat(crossings.get(0).value()).isEqualByComparingTo("10.5");
        assertThat(crossings.get(0).threshold()).isEqualByComparingTo("10");
        assertThat(crossings.get(1).value()).isEqualByComparingTo(new BigDecimal("10.9231"));
    }

    @Test
    void budgetWarningAndExhaustionAreEachEmittedOnce() {
        UUID campaign = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        CampaignEvents.created(campaign, null, product, Money.of("100", "EUR"));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.budgetCurrency(campaign).isPresent());

        step(spend(campaign, "79.99"));
        step(spend(campaign, "0.01"));                              // 80 %: warning
        step(spend(campaign, "15"));
        step(spend(campaign, "5"));                                 // 100 %: exhausted
        step(spend(campaign, "1"));

        crossings(campaign, ThresholdKind.BUDGET_EXHAUSTED, 1);
        List<KpiThresholdCrossed> all = markers.afterMarker(KpiThresholdCrossed.class, campaign, null, product, campaign);
        assertThat(all).filteredOn(e -> e.kind() == ThresholdKind.BUDGET_WARNING).hasSize(1);
        assertThat(all).filteredOn(e -> e.kind() == ThresholdKind.BUDGET_EXHAUSTED).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualByComparingTo("100"));
    }

    /** Publishes the activity, waits until it is counted, then runs one evaluation as the scheduler would. */
    private void step(ActivityRecorded... activity) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(java.util.Arrays.stream(activity).map(ActivityFeed::record).toList());
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        watch.evaluate();
    }

    /** Waits until at least the expected count is on metrics.kpis; exact counts are taken after a marker. */
    private static List<KpiThresholdCrossed> crossings(UUID campaign, ThresholdKind kind, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> of(campaign, kind).size() >= expected);
        return of(campaign, kind);
    }

    private static List<KpiThresholdCrossed> of(UUID campaign, ThresholdKind kind) {
        return KpiEvents.of(KpiThresholdCrossed.class, campaign).stream().filter(e -> e.kind() == kind).toList();
    }

    private static ActivityRecorded conversions(UUID campaign, long count) {
        return ActivityRecorded.counted(campaign, Channel.EMAIL, ActivityKind.CONVERSION, count, AT, JourneyStage.CONVERSION);
    }

    private static ActivityRecorded spend(UUID campaign, String amount) {
        return ActivityRecorded.money(campaign, Channel.EMAIL, ActivityKind.SPEND, Money.of(amount, "EUR"), AT,
                JourneyStage.CONVERSION);
    }
}
