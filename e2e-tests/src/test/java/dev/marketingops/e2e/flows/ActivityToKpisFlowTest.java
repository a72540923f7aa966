package dev.marketingops.e2e.flows;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.metrics;
import static dev.marketingops.e2e.support.Api.roadmap;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.e2e.support.Latencies;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.e2e.support.SampleCompany;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Flow 2: activity from a tool becomes KPIs, objective progress on the roadmap, and a budget-guard pause. */
class ActivityToKpisFlowTest {

    private static final int ROUNDS = 10;

    @Test
    void activityBecomesKpisProgressAndABudgetPause() {
        SampleCompany company = SampleCompany.create();
        String item = company.launchItem(List.of("PAID_SEARCH"), 100);
        String launch = company.launch(item);
        company.schedule(launch);
        String campaignId = await().atMost(Duration.ofSeconds(20)).until(
                () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns")
                        .then().extract().jsonPath().getList("items.id", String.class),
                ids -> ids.size() == 1).get(0);
        campaign("campaign-manager").body(Map.of("reason", "e2e")).post("/api/v1/campaigns/" + campaignId + "/schedule").then().statusCode(200);
        campaign("campaign-manager").body(Map.of("reason", "e2e")).post("/api/v1/campaigns/" + campaignId + "/activate").then().statusCode(200);

        UUID campaign = UUID.fromString(campaignId);
        try (MarketingTool tool = RunningStack.tool()) {
            for (int round = 1; round <= ROUNDS; round++) {
                long sent = System.nanoTime();
                tool.publish(ActivityRecorded.counted(campaign, Channel.PAID_SEARCH, ActivityKind.IMPRESSION, 1_000, Instant.now(), JourneyStage.AWARENESS));
                long expected = round * 1_000L;
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(
                        () -> metrics("analyst").queryParam("campaignId", campaignId).get("/api/v1/kpis")
                                .then().extract().jsonPath().getLong("kpis.impressions"),
                        impressions -> impressions == expected);
                Latencies.record("activity -> KPIs in metrics", (System.nanoTime() - sent) / 1_000_000);
            }

            long conversionsSent = System.nanoTime();
            tool.publish(new ActivityRecorded(campaign, Channel.PAID_SEARCH, ActivityKind.CONVERSION, 40L, null, null, Instant.now(),
                    JourneyStage.CONVERSION, "customer-e2e"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                    () -> roadmap("viewer").get("/api/v1/items/" + item + "/objectives").then().extract().jsonPath()
                            .getString("find { it.kpiKey == 'conversions' }.progress.actual"),
                    actual -> actual != null && new BigDecimal(actual).compareTo(BigDecimal.valueOf(40)) == 0);
            Latencies.record("activity -> roadmap objective progress", (System.nanoTime() - conversionsSent) / 1_000_000);

            long overspent = System.nanoTime();
            tool.publish(ActivityRecorded.money(campaign, Channel.PAID_SEARCH, ActivityKind.SPEND, Money.of("25000.00", "EUR"),
                    Instant.now(), JourneyStage.AWARENESS));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                    () -> campaign("viewer").get("/api/v1/campaigns/" + campaignId).then().extract().path("status"),
                    "PAUSED"::equals);
            Latencies.record("overspend -> campaign paused", (System.nanoTime() - overspent) / 1_000_000);
        }
    }

    @AfterAll
    static void printLatencies() {
        Latencies.print();
    }
}
