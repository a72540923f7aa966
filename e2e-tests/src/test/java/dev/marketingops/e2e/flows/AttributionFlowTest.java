package dev.marketingops.e2e.flows;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.metrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.e2e.support.Latencies;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.MarketingTool;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One customer journey end to end: a customer clicks the launch's two campaigns (through the marketing tool on Kafka),
 * converts with 120 EUR, and the attribution API credits both campaigns as each model says.
 */
class AttributionFlowTest {

    @Test
    void aCustomerWhoClickedTwoCampaignsIsCreditedToBoth() {
        SampleCompany company = SampleCompany.create();
        String item = company.launchItem(List.of("EMAIL", "SOCIAL"), 10);
        String launch = company.launch(item);
        company.schedule(launch);
        List<Map<String, Object>> campaigns = await().atMost(Duration.ofSeconds(20)).until(
                () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns")
                        .then().extract().jsonPath().<Map<String, Object>>getList("items"),
                list -> list.size() == 2);
        UUID email = id(campaigns, "EMAIL");
        UUID social = id(campaigns, "SOCIAL");

        String customer = "e2e-customer-" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long sent = System.nanoTime();
        try (MarketingTool tool = RunningStack.tool()) {
            tool.publish(new ActivityRecorded(email, Channel.EMAIL, ActivityKind.CLICK, 1L, null, null,
                    now.minus(Duration.ofDays(2)), JourneyStage.CONSIDERATION, customer));
            tool.publish(new ActivityRecorded(social, Channel.SOCIAL, ActivityKind.CLICK, 1L, null, null,
                    now.minus(Duration.ofDays(1)), JourneyStage.CONSIDERATION, customer));
            tool.publish(new ActivityRecorded(social, Channel.SOCIAL, ActivityKind.CONVERSION, 1L, null, null, now,
                    JourneyStage.CONVERSION, customer));
            tool.publish(new ActivityRecorded(social, Channel.SOCIAL, ActivityKind.REVENUE, 1L, new BigDecimal("120.00"), "EUR",
                    now, JourneyStage.CONVERSION, customer));
        }
        String query = "/api/v1/attribution?model=all&launchId=" + launch + "&from=" + now.minus(Duration.ofHours(1))
                + "&to=" + now.plus(Duration.ofHours(1));
        JsonPath all = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                // Numbers as BigDecimal: JsonPath's default (float) would cut the 12-decimal shares to 7 digits.
                () -> new JsonPath(metrics("analyst").get(query).then().statusCode(200).extract().asString())
                        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)),
                // The two campaigns' events sit on different partitions and may commit in either order: the journey is
                // complete once linear credits both campaigns, and the conversion and its revenue are in.
                json -> new BigDecimal(json.getString("models[0].attributedConversions")).compareTo(BigDecimal.ONE) == 0
                        && json.getList("models[0].attributedRevenue").size() == 1
                        && json.getList("models[2].campaigns").size() == 2);
        Latencies.record("activity -> attribution in metrics", (System.nanoTime() - sent) / 1_000_000);

        // last-touch: SOCIAL alone; first-touch: EMAIL alone; linear and position-based (two touchpoints): half each.
        expect(all, 0, email, "0", "0");
        expect(all, 0, social, "1", "120");
        expect(all, 1, email, "1", "120");
        expect(all, 2, email, "0.5", "60");
        expect(all, 2, social, "0.5", "60");
        expect(all, 4, social, "0.5", "60");
        // time-decay (half-life 7 d): EMAIL 2 d before weighs 2^(-2/7), SOCIAL 1 d before 2^(-1/7).
        double emailShare = Math.pow(2, -2.0 / 7) / (Math.pow(2, -2.0 / 7) + Math.pow(2, -1.0 / 7));
        assertThat(conversions(all, 3, email).doubleValue()).isCloseTo(emailShare, org.assertj.core.data.Offset.offset(1e-9));
        // data-driven over one converting path EMAIL→SOCIAL: removing either loses the conversion, so half each.
        expect(all, 5, email, "0.5", "60");
        assertThat(all.getLong("models[5].journeys.converting")).isEqualTo(1);
    }

    static UUID id(List<Map<String, Object>> campaigns, String channel) {
        return campaigns.stream().filter(c -> String.valueOf(c.get("channels")).contains(channel)).findFirst()
                .map(c -> UUID.fromString((String) c.get("id"))).orElseThrow();
    }

    static BigDecimal conversions(JsonPath json, int model, UUID campaign) {
        List<Map<String, Object>> rows = json.getList("models[" + model + "].campaigns");
        return rows.stream().filter(r -> campaign.toString().equals(r.get("campaignId"))).findFirst()
                .map(r -> new BigDecimal(String.valueOf(r.get("attributedConversions")))).orElse(BigDecimal.ZERO);
    }

    static void expect(JsonPath json, int model, UUID campaign, String conversions, String eur) {
        assertThat(conversions(json, model, campaign)).as("model %d, campaign %s", model, campaign).isEqualByComparingTo(conversions);
        List<Map<String, Object>> rows = json.getList("models[" + model + "].campaigns");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> revenue = rows.stream().filter(r -> campaign.toString().equals(r.get("campaignId")))
                .findFirst().map(r -> (List<Map<String, Object>>) r.get("revenue")).orElse(List.of());
        BigDecimal credited = revenue.stream().filter(m -> "EUR".equals(m.get("currency")))
                .map(m -> new BigDecimal(String.valueOf(m.get("amount")))).findFirst().orElse(BigDecimal.ZERO);
        assertThat(credited).as("EUR revenue, model %d, campaign %s", model, campaign).isEqualByComparingTo(eur);
    }

    @AfterAll
    static void printLatencies() {
        Latencies.print();
    }
}
