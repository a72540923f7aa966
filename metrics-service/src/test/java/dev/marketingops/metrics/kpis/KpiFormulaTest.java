package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KPI formulas through GET /api/v1/kpis: exact values, null at zero denominators, money with its currency. */
@QuarkusTest
class KpiFormulaTest {

    static final Instant AT = Instant.parse("2026-03-05T12:30:00Z");

    @Inject
    Rollups rollups;

    @Test
    void derivesEveryKpiExactly() {
        UUID campaign = UUID.randomUUID();
        publish(ActivityFeed.impressions(campaign, 2_000, AT), ActivityFeed.clicks(campaign, 100, AT),
                counted(campaign, ActivityKind.CONVERSION, 10),
                money(campaign, ActivityKind.SPEND, "200.50", "EUR"), money(campaign, ActivityKind.SPEND, "49.50", "EUR"),
                money(campaign, ActivityKind.REVENUE, "1000.00", "EUR"));

        JsonPath kpis = kpis(campaign);
        assertThat(kpis.getLong("kpis.impressions")).isEqualTo(2_000);
        assertThat(kpis.getString("kpis.spend.currency")).isEqualTo("EUR");
        assertThat(kpis.<BigDecimal>get("kpis.spend.amount")).isEqualByComparingTo("250.00");
        assertThat(kpis.<BigDecimal>get("kpis.revenue.amount")).isEqualByComparingTo("1000");
        assertThat(kpis.<BigDecimal>get("kpis.ctr")).isEqualByComparingTo("0.05");
        assertThat(kpis.<BigDecimal>get("kpis.cpc")).isEqualByComparingTo("2.5");
        assertThat(kpis.<BigDecimal>get("kpis.cpm")).isEqualByComparingTo("125");
        assertThat(kpis.<BigDecimal>get("kpis.conversionRate")).isEqualByComparingTo("0.1");
        assertThat(kpis.<BigDecimal>get("kpis.cpa")).isEqualByComparingTo("25");
        assertThat(kpis.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("4");
        assertThat(kpis.<BigDecimal>get("kpis.roi")).isEqualByComparingTo("3");
    }

    @Test
    void zeroDenominatorsGiveNullNotAnError() {
        UUID campaign = UUID.randomUUID();
        publish(ActivityFeed.impressions(campaign, 1_000, AT), money(campaign, ActivityKind.SPEND, "50", "EUR"));

        JsonPath kpis = kpis(campaign);
        assertThat(kpis.<BigDecimal>get("kpis.ctr")).isEqualByComparingTo("0");
        assertThat(kpis.<BigDecimal>get("kpis.cpm")).isEqualByComparingTo("50");
        assertThat(kpis.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("0");
        assertThat(kpis.<BigDecimal>get("kpis.roi")).isEqualByComparingTo("-1");
        // No clicks and no conversions: the ratios over them are null, present in the answer.
        assertThat(kpis.getMap("kpis")).containsEntry("cpc", null).containsEntry("conversionRate", null)
                .containsEntry("cpa", null).containsEntry("revenue", null);
    }

    @Test
    void aScopeWithoutActivityHasOnlyNullRatios() {
        JsonPath kpis = kpis(UUID.randomUUID());
        assertThat(kpis.getLong("kpis.impressions")).isZero();
        assertThat(kpis.getLong("reach")).isZero();
        assertThat(kpis.getMap("kpis")).containsEntry("ctr", null).containsEntry("cpm", null)
                .containsEntry("spend", null).containsEntry("roas", null).containsEntry("roi", null);
    }

    static void publish(ActivityRecorded... activities) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(Arrays.stream(activities).map(ActivityFeed::record).toList());
        }
    }

    JsonPath kpis(UUID campaign) {
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        return Api.viewer().queryParam("campaignId", campaign.toString())
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    static ActivityRecorded counted(UUID campaign, ActivityKind kind, long count) {
        return ActivityRecorded.counted(campaign, Channel.SOCIAL, kind, count, AT, JourneyStage.CONVERSION);
    }

    static ActivityRecorded money(UUID campaign, ActivityKind kind, String amount, String currency) {
        return ActivityRecorded.money(campaign, Channel.SOCIAL, kind, Money.of(amount, currency), AT, JourneyStage.CONVERSION);
    }
}
