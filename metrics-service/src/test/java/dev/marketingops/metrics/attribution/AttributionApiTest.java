package dev.marketingops.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.Touchpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/attribution over journeys published to Kafka, with every figure worked out by hand:
 * a launch with campaign E (EMAIL) and S (SOCIAL), conversions at T, the range [T - 1 d, T + 1 d).
 * u1: E click at T-3d, S click at T-1d, converts at T with 100 EUR. u2: S click at T-2h, converts with 50 USD.
 * u3: E click at T-40d (outside the 30-day lookback), converts: unattributed. u4: E click at T-1h, never converts.
 * Spend in the range: E 20 EUR, S 10 USD (a campaign's money is in its budget currency). The conversion and revenue
 * events' own campaign decides only that they belong to the scope, not who is credited.
 */
@QuarkusTest
class AttributionApiTest {

    @Inject
    Rollups rollups;
    @Inject
    Touchpoints touchpoints;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    Clock clock;

    @Test
    void creditsEveryModelAsWorkedOutByHandExactlyOnceAndForgetsAnErasedCustomer() {
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        UUID s = UUID.randomUUID();
        CampaignEvents.created(e, launch, product, Money.of("1000", "EUR"));
        // Money must be in a campaign's budget currency: E counts in EUR, S in USD.
        CampaignEvents.created(s, launch, product, Money.of("1000", "USD"));
        Owners.await(KpiScope.CAMPAIGN, e, Api.TEAM);
        Owners.await(KpiScope.CAMPAIGN, s, Api.TEAM);
        Instant t = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(5));
        String u1 = "u1-" + launch;
        String u2 = "u2-" + launch;
        String u3 = "u3-" + launch;
        String u4 = "u4-" + launch;
        ProducerRecord<String, byte[]> lateClick = ActivityFeed.record(click(e, Channel.EMAIL, t.minus(Duration.ofDays(3)), u1));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(List.of(
                ActivityFeed.record(click(s, Channel.SOCIAL, t.minus(Duration.ofDays(1)), u1)),
                ActivityFeed.record(conversion(s, Channel.SOCIAL, t, u1)),
                ActivityFeed.record(money(e, Channel.EMAIL, ActivityKind.REVENUE, "100", "EUR", t, u1)),
                ActivityFeed.record(click(s, Channel.SOCIAL, t.minus(Duration.ofHours(2)), u2)),
                ActivityFeed.record(conversion(s, Channel.SOCIAL, t, u2)),
                ActivityFeed.record(money(s, Channel.SOCIAL, ActivityKind.REVENUE, "50", "USD", t, u2)),
                ActivityFeed.record(click(e, Channel.EMAIL, t.minus(Duration.ofDays(40)), u3)),
                ActivityFeed.record(conversion(e, Channel.EMAIL, t, u3)),
                ActivityFeed.record(click(e, Channel.EMAIL, t.minus(Duration.ofHours(1)), u4)),
                ActivityFeed.record(money(e, Channel.EMAIL, ActivityKind.SPEND, "20", "EUR", t.minus(Duration.ofHours(1)), null)),
                ActivityFeed.record(money(s, Channel.SOCIAL, ActivityKind.SPEND, "10", "USD", t.minus(Duration.ofHours(1)), null))));
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(records);
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        // u1's first touch arrives late, after its conversion was counted; then every record is redelivered.
        List<ProducerRecord<String, byte[]>> again = new ArrayList<>(records);
        again.add(lateClick);
        again.add(lateClick);
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(again);
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(touchpoints.count(e) + touchpoints.count(s)).isEqualTo(10);

        String range = "launchId=" + launch + "&from=" + t.minus(Duration.ofDays(1)) + "&to=" + t.plus(Duration.ofDays(1));
        JsonPath all = get(range + "&model=all");
        assertThat(all.getList("models.model")).containsExactly("last-touch", "first-touch", "linear", "time-decay",
                "position-based", "data-driven");
        for (int m = 0; m < 6; m++) {
            String model = "models[" + m + "]";
            assertThat(all.<BigDecimal>get(model + ".attributedConversions")).isEqualByComparingTo("2");
            assertThat(all.<BigDecimal>get(model + ".unattributedConversions")).isEqualByComparingTo("1");
            BigDecimal sum = all.<BigDecimal>getList(model + ".campaigns.attributedConversions", BigDecimal.class).stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.subtract(new BigDecimal(2)).abs()).isLessThanOrEqualTo(new BigDecimal("1e-9"));
        }
        // last-touch: both conversions to S.
        expect(all, 0, s, "2", Map.of("EUR", "100", "USD", "50"));
        expect(all, 0, e, "0", Map.of());
        // first-touch: u1 to E (the late click is its first), u2 to S.
        expect(all, 1, e, "1", Map.of("EUR", "100"));
        expect(all, 1, s, "1", Map.of("USD", "50"));
        // linear: u1 half each; ROAS per currency: E 50/20 EUR; S 50/10 USD (its EUR revenue has no EUR spend: no ratio).
        expect(all, 2, e, "0.5", Map.of("EUR", "50"));
        expect(all, 2, s, "1.5", Map.of("EUR", "50", "USD", "50"));
        assertThat(row(all, 2, e).get("roas").toString()).contains("currency=EUR", "value=2.5");
        assertThat(row(all, 2, s).get("roas").toString()).contains("currency=USD, value=5.0").doesNotContain("EUR");
        assertThat(row(all, 2, s).get("spend").toString()).contains("amount=10.000000, currency=USD").doesNotContain("EUR");
        // time-decay (7 d): u1's E at 3 d weighs 2^(-3/7), S at 1 d 2^(-1/7).
        double eShare = Math.pow(2, -3.0 / 7) / (Math.pow(2, -3.0 / 7) + Math.pow(2, -1.0 / 7));
        assertThat(((BigDecimal) row(all, 3, e).get("attributedConversions")).doubleValue()).isCloseTo(eShare, within(1e-12));
        // position-based with two touchpoints: 40:40 is half each.
        expect(all, 4, e, "0.5", Map.of("EUR", "50"));
        // data-driven: EMAIL→SOCIAL→conv, SOCIAL→conv, EMAIL→null. P = 2/3·1/2 + 1/3 = 2/3; without EMAIL 1/3 (effect
        // 1/2), without SOCIAL 0 (effect 1): shares 1/3 and 2/3 of the 2 conversions and of each currency's revenue.
        assertThat(((BigDecimal) row(all, 5, e).get("attributedConversions")).doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(((BigDecimal) row(all, 5, s).get("attributedConversions")).doubleValue()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(all.getLong("models[5].journeys.converting")).isEqualTo(2);
        assertThat(all.getLong("models[5].journeys.nonConverting")).isEqualTo(1);
        assertThat(all.<BigDecimal>get("models[5].journeys.removalEffects.EMAIL")).isEqualByComparingTo("0.5");
        assertThat(all.<String>get("models[5].channels[0].channel")).isEqualTo("SOCIAL");

        // An erased customer leaves no touchpoint and no credit: u2's conversion and USD revenue are gone.
        Touchpoints.requestErasure(u2, UUID.randomUUID(), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> touchpoints.countOf(pseudonym.of(u2)) == 0);
        JsonPath after = get(range + "&model=last-touch");
        expect(after, 0, s, "1", Map.of("EUR", "100"));
        assertThat(after.<BigDecimal>get("models[0].attributedConversions")).isEqualByComparingTo("1");
    }

    @Test
    void refusesBadParametersNamingThem() {
        String scope = "campaignId=" + UUID.randomUUID();
        problem("from=2026-01-01T00:00:00Z", 400, "campaignId");
        problem(scope + "&model=best", 400, "model");
        problem(scope + "&model=data-driven&order=4", 400, "order");
        problem(scope + "&lookback=P181D", 400, "lookback");
        problem(scope + "&halfLife=PT1M", 400, "halfLife");
        problem(scope + "&firstShare=0.0000001", 400, "firstShare");
        problem(scope + "&firstShare=0.7&lastShare=0.5", 422, "lastShare");
        problem(scope + "&pathItem=creative", 400, "pathItem");
        problem(scope + "&from=yesterday", 400, "from");
        io.restassured.RestAssured.given().get("/api/v1/attribution?" + scope).then().statusCode(401);
        Api.as("tool-ingest").get("/api/v1/attribution?" + scope).then().statusCode(403);
        // A scope without journeys answers zeros, not an error.
        JsonPath empty = get(scope + "&model=data-driven");
        assertThat(empty.<BigDecimal>get("models[0].attributedConversions")).isEqualByComparingTo("0");
    }

    static void problem(String query, int status, String field) {
        Api.viewer().get("/api/v1/attribution?" + query).then().statusCode(status)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    static JsonPath get(String query) {
        return Api.viewer().get("/api/v1/attribution?" + query).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> row(JsonPath json, int model, UUID campaign) {
        List<Map<String, Object>> rows = json.getList("models[" + model + "].campaigns");
        return rows.stream().filter(r -> campaign.toString().equals(r.get("campaignId"))).findFirst().orElseThrow();
    }

    static void expect(JsonPath json, int model, UUID campaign, String conversions, Map<String, String> revenue) {
        Map<String, Object> row = row(json, model, campaign);
        assertThat((BigDecimal) row.get("attributedConversions")).as("model %d campaign %s", model, campaign)
                .isEqualByComparingTo(conversions);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> money = (List<Map<String, Object>>) row.get("revenue");
        assertThat(money).hasSize(revenue.size());
        for (Map<String, Object> m : money) {
            assertThat((BigDecimal) m.get("amount")).as("%s", m).isEqualByComparingTo(revenue.get((String) m.get("currency")));
        }
    }

    static ActivityRecorded click(UUID campaign, Channel channel, Instant at, String customer) {
        return new ActivityRecorded(campaign, channel, ActivityKind.CLICK, 1L, null, null, at, JourneyStage.CONSIDERATION, customer);
    }

    static ActivityRecorded conversion(UUID campaign, Channel channel, Instant at, String customer) {
        return new ActivityRecorded(campaign, channel, ActivityKind.CONVERSION, 1L, null, null, at, JourneyStage.CONVERSION, customer);
    }

    static ActivityRecorded money(UUID campaign, Channel channel, ActivityKind kind, String amount, String currency,
            Instant at, String customer) {
        return new ActivityRecorded(campaign, channel, kind, 1L, new BigDecimal(amount), currency, at, JourneyStage.CONVERSION, customer);
    }
}
