package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /funnel?mode=people and GET /kpis?attribution=: the journeys behind both, published to Kafka. */
@QuarkusTest
class PeopleFunnelApiTest {

    @Inject
    Rollups rollups;
    @Inject
    Clock clock;

    static ActivityRecorded touch(UUID campaign, ActivityKind kind, JourneyStage stage, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.EMAIL, kind, 1L, null, null, at, stage, customer);
    }

    @Test
    void peopleModeCountsDistinctCustomersPerStageInOrder() {
        UUID campaign = UUID.randomUUID();
        Instant t = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(10));
        String a = "a-" + campaign;
        String c = "c-" + campaign;
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(
                    // a: awareness (twice: still one customer), consideration, conversion
                    ActivityFeed.record(touch(campaign, ActivityKind.IMPRESSION, JourneyStage.AWARENESS, t, a)),
                    ActivityFeed.record(touch(campaign, ActivityKind.IMPRESSION, JourneyStage.AWARENESS, t.plusSeconds(60), a)),
                    ActivityFeed.record(touch(campaign, ActivityKind.CLICK, JourneyStage.CONSIDERATION, t.plus(Duration.ofDays(1)), a)),
                    ActivityFeed.record(touch(campaign, ActivityKind.CONVERSION, JourneyStage.CONVERSION, t.plus(Duration.ofDays(2)), a)),
                    // c: awareness, then conversion before consideration: reaches consideration only
                    ActivityFeed.record(touch(campaign, ActivityKind.IMPRESSION, JourneyStage.AWARENESS, t, c)),
                    ActivityFeed.record(touch(campaign, ActivityKind.CONVERSION, JourneyStage.CONVERSION, t.plus(Duration.ofDays(1)), c)),
                    ActivityFeed.record(touch(campaign, ActivityKind.CLICK, JourneyStage.CONSIDERATION, t.plus(Duration.ofDays(2)), c)),
                    // no customer reference: counts in the event funnel only
                    ActivityFeed.record(touch(campaign, ActivityKind.IMPRESSION, JourneyStage.AWARENESS, t, null))));
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        String scope = "campaignId=" + campaign + "&from=" + t.minus(Duration.ofDays(1)) + "&to=" + t.plus(Duration.ofDays(5));

        JsonPath people = Api.viewer().get("/api/v1/funnel?mode=people&" + scope).then().statusCode(200).extract().jsonPath();
        assertThat(people.getString("mode")).isEqualTo("people");
        assertThat(people.getString("window")).isEqualTo("PT720H");
        assertThat(people.getList("stages.customers", Long.class)).containsExactly(2L, 2L, 1L, 0L, 0L);
        assertThat(people.<BigDecimal>get("stages[1].conversionRate")).isEqualByComparingTo("1");
        assertThat(people.<BigDecimal>get("stages[2].conversionRate")).isEqualByComparingTo("0.5");
        assertThat(people.<BigDecimal>get("stages[3].conversionRate")).isEqualByComparingTo("0");
        assertThat(people.<Object>get("stages[4].conversionRate")).isNull();
        // A one-day window: a's conversion comes 2 days after its first awareness, 1 day 23 h after its second.
        JsonPath narrow = Api.viewer().get("/api/v1/funnel?mode=people&window=P1D&" + scope).then().statusCode(200).extract().jsonPath();
        assertThat(narrow.getList("stages.customers", Long.class)).containsExactly(2L, 1L, 0L, 0L, 0L);

        // The event-volume funnel stays the default.
        JsonPath events = Api.viewer().get("/api/v1/funnel?" + scope).then().statusCode(200).extract().jsonPath();
        assertThat(events.getLong("stages[0].activities")).isEqualTo(4);
        Api.viewer().get("/api/v1/funnel?mode=crowd&" + scope).then().statusCode(400).body("errors[0].field", equalTo("mode"));
        Api.viewer().get("/api/v1/funnel?mode=people&window=P1Y&" + scope).then().statusCode(400).body("errors[0].field", equalTo("window"));
    }

    /**
     * A launch with E and S, 10 EUR spend each; u clicks E then S and converts with 100 EUR (both events on S).
     * As reported: S has 1 conversion (CPA 10, ROAS 10), E none (CPA null, ROAS 0). Linear: each is credited 0.5
     * conversions and 50 EUR: CPA 20, ROAS 5. The launch: credited 1 and 100 EUR of 20 EUR spend, as reported.
     */
    @Test
    void kpisUnderAnAttributionModel() {
        UUID launch = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        UUID s = UUID.randomUUID();
        CampaignEvents.created(e, launch, UUID.randomUUID(), Money.of("1000", "EUR"));
        CampaignEvents.created(s, launch, UUID.randomUUID(), Money.of("1000", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, e, Api.TEAM);
        Owners.await(KpiScope.CAMPAIGN, s, Api.TEAM);
        Instant t = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        String u = "u-" + launch;
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(
                    ActivityFeed.record(touch(e, ActivityKind.CLICK, JourneyStage.CONSIDERATION, t.minus(Duration.ofDays(2)), u)),
                    ActivityFeed.record(touch(s, ActivityKind.CLICK, JourneyStage.CONSIDERATION, t.minus(Duration.ofDays(1)), u)),
                    ActivityFeed.record(touch(s, ActivityKind.CONVERSION, JourneyStage.CONVERSION, t, u)),
                    ActivityFeed.record(new ActivityRecorded(s, Channel.EMAIL, ActivityKind.REVENUE, 1L, new BigDecimal("100"), "EUR", t, JourneyStage.CONVERSION, u)),
                    ActivityFeed.record(new ActivityRecorded(e, Channel.EMAIL, ActivityKind.SPEND, 1L, new BigDecimal("10"), "EUR", t, JourneyStage.AWARENESS, null)),
                    ActivityFeed.record(new ActivityRecorded(s, Channel.EMAIL, ActivityKind.SPEND, 1L, new BigDecimal("10"), "EUR", t, JourneyStage.AWARENESS, null))));
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        String range = "&from=" + t.minus(Duration.ofDays(1)) + "&to=" + t.plus(Duration.ofDays(1));

        JsonPath asReported = kpis("campaignId=" + s + range);
        assertThat(asReported.<BigDecimal>get("kpis.cpa")).isEqualByComparingTo("10");
        assertThat(asReported.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("10");
        assertThat(asReported.<Object>get("attribution")).isNull();
        JsonPath linear = kpis("campaignId=" + s + range + "&attribution=linear");
        assertThat(linear.<BigDecimal>get("kpis.cpa")).isEqualByComparingTo("20");
        assertThat(linear.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("5");
        assertThat(linear.getString("attribution")).isEqualTo("linear");
        assertThat(linear.getLong("kpis.conversions")).isEqualTo(1);
        JsonPath e1 = kpis("campaignId=" + e + range + "&attribution=linear");
        assertThat(e1.<BigDecimal>get("kpis.cpa")).isEqualByComparingTo("20");
        assertThat(e1.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("5");
        JsonPath firstTouch = kpis("campaignId=" + e + range + "&attribution=first-touch");
        assertThat(firstTouch.<BigDecimal>get("kpis.cpa")).isEqualByComparingTo("10");
        assertThat(firstTouch.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("10");
        JsonPath launchLinear = kpis("launchId=" + launch + range + "&attribution=linear");
        assertThat(launchLinear.<BigDecimal>get("kpis.cpa")).isEqualByComparingTo("20");
        assertThat(launchLinear.<BigDecimal>get("kpis.roas")).isEqualByComparingTo("5");
        Api.viewer().get("/api/v1/kpis?campaignId=" + s + "&attribution=best").then().statusCode(400)
                .body("errors[0].field", equalTo("attribution"));
    }

    static JsonPath kpis(String query) {
        return Api.viewer().get("/api/v1/kpis?" + query).then().statusCode(200).extract().jsonPath();
    }
}
