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
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Launch and product KPIs add up their campaigns (mapping from campaign.lifecycle); series, funnel and reach. */
@QuarkusTest
class LaunchKpiTest {

    static final Instant NINE = Instant.parse("2026-03-06T09:10:00Z");
    static final Instant TEN = Instant.parse("2026-03-06T10:20:00Z");

    @Inject
    Rollups rollups;

    UUID launch;
    UUID product;
    UUID first;
    UUID second;

    @BeforeEach
    void twoCampaignsOfOneLaunch() {
        launch = UUID.randomUUID();
        product = UUID.randomUUID();
        first = UUID.randomUUID();
        second = UUID.randomUUID();
        CampaignEvents.created(first, launch, product, Money.of("1000", "EUR"));
        CampaignEvents.created(second, launch, product, Money.of("500", "EUR"));
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(
                    ActivityFeed.record(withRef(first, ActivityKind.IMPRESSION, 300, JourneyStage.AWARENESS, NINE, "c-1")),
                    ActivityFeed.record(withRef(second, ActivityKind.IMPRESSION, 100, JourneyStage.AWARENESS, TEN, "c-2")),
                    ActivityFeed.record(withRef(first, ActivityKind.CLICK, 40, JourneyStage.CONSIDERATION, TEN, "c-2")),
                    ActivityFeed.record(withRef(second, ActivityKind.CONVERSION, 10, JourneyStage.CONVERSION, TEN, "c-3"))));
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
    }

    @Test
    void launchAndProductKpisSumTheirCampaignsWithDistinctReach() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Api.viewer().queryParam("launchId", launch.toString()).get("/api/v1/kpis")
                        .then().statusCode(200).extract().jsonPath().getLong("kpis.impressions")).isEqualTo(400));
        JsonPath kpis = Api.viewer().queryParam("productId", product.toString()).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath();
        assertThat(kpis.getLong("kpis.clicks")).isEqualTo(40);
        assertThat(kpis.getLong("kpis.conversions")).isEqualTo(10);
        // c-2 is seen by both campaigns: three distinct customers, not four.
        assertThat(kpis.getLong("reach")).isEqualTo(3);
        assertThat(kpis.<BigDecimal>get("kpis.ctr")).isEqualByComparingTo("0.1");
    }

    @Test
    void seriesHaveOnePointPerHourOrDay() {
        JsonPath hours = Api.viewer().queryParam("campaignId", first.toString()).queryParam("granularity", "hour")
                .get("/api/v1/kpis/timeseries").then().statusCode(200).extract().jsonPath();
        assertThat(hours.getList("points.start")).containsExactly("2026-03-06T09:00:00Z", "2026-03-06T10:00:00Z");
        assertThat(hours.getList("points.kpis.impressions", Long.class)).containsExactly(300L, 0L);

        JsonPath days = Api.viewer().queryParam("campaignId", first.toString()).queryParam("granularity", "day")
                .queryParam("from", "2026-03-06T00:00:00Z").queryParam("to", "2026-03-07T00:00:00Z")
                .get("/api/v1/kpis/timeseries").then().statusCode(200).extract().jsonPath();
        assertThat(days.getList("points.start")).containsExactly("2026-03-06T00:00:00Z");
        assertThat(days.getLong("points[0].kpis.clicks")).isEqualTo(40);
    }

    @Test
    void theFunnelListsEveryStageWithItsShareOfThePrevious() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Api.viewer().queryParam("launchId", launch.toString()).get("/api/v1/funnel")
                        .then().statusCode(200).extract().jsonPath().getLong("stages[0].activities")).isEqualTo(400));
        JsonPath funnel = Api.viewer().queryParam("launchId", launch.toString()).get("/api/v1/funnel")
                .then().extract().jsonPath();
        assertThat(funnel.getList("stages.stage")).containsExactly("AWARENESS", "CONSIDERATION", "CONVERSION",
                "RETENTION", "ADVOCACY");
        assertThat(funnel.getList("stages.activities", Long.class)).containsExactly(400L, 40L, 10L, 0L, 0L);
        assertThat(funnel.<BigDecimal>get("stages[1].fromPrevious")).isEqualByComparingTo("0.1");
        assertThat(funnel.<BigDecimal>get("stages[2].fromPrevious")).isEqualByComparingTo("0.25");
        assertThat(funnel.getMap("stages[0]")).containsEntry("fromPrevious", null);
        assertThat(funnel.getMap("stages[4]")).containsEntry("fromPrevious", null);
    }

    @Test
    void theOverviewHoldsTheSeriesAndTheFunnelOfTheSameScopeAndRange() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Api.viewer().queryParam("launchId", launch.toString()).get("/api/v1/funnel")
                        .then().statusCode(200).extract().jsonPath().getLong("stages[0].activities")).isEqualTo(400));
        JsonPath overview = Api.viewer().queryParam("launchId", launch.toString()).queryParam("granularity", "hour")
                .get("/api/v1/kpis/overview").then().statusCode(200).extract().jsonPath();
        assertThat(overview.getString("series.granularity")).isEqualTo("hour");
        assertThat(overview.getList("series.points.start")).containsExactly("2026-03-06T09:00:00Z", "2026-03-06T10:00:00Z");
        assertThat(overview.getList("series.points.kpis.impressions", Long.class)).containsExactly(300L, 100L);
        assertThat(overview.getList("funnel.stages.activities", Long.class)).containsExactly(400L, 40L, 10L, 0L, 0L);
        Api.viewer().queryParam("launchId", launch.toString()).queryParam("granularity", "week")
                .get("/api/v1/kpis/overview").then().statusCode(400);
    }

    private static ActivityRecorded withRef(UUID campaign, ActivityKind kind, long count, JourneyStage stage, Instant at,
                                            String customerRef) {
        return new ActivityRecorded(campaign, Channel.SOCIAL, kind, count, null, null, at, stage, customerRef);
    }
}
