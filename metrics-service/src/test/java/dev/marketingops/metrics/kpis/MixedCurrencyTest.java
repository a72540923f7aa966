package dev.marketingops.metrics.kpis;

import static dev.marketingops.metrics.kpis.KpiFormulaTest.money;
import static dev.marketingops.metrics.kpis.KpiFormulaTest.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Amounts in different currencies are never added or divided: such KPIs are refused with 422. */
@QuarkusTest
class MixedCurrencyTest {

    @Inject
    Rollups rollups;

    @Test
    void spendInTwoCurrenciesIsRefused() {
        UUID campaign = UUID.randomUUID();
        publish(money(campaign, ActivityKind.SPEND, "10", "EUR"), money(campaign, ActivityKind.SPEND, "10", "USD"));
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);

        Api.viewer().queryParam("campaignId", campaign.toString()).get("/api/v1/kpis")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("currency"))
                .body("detail", containsString("EUR")).body("detail", containsString("USD"));
        Api.viewer().queryParam("campaignId", campaign.toString()).queryParam("granularity", "hour")
                .get("/api/v1/kpis/timeseries").then().statusCode(422);
    }

    @Test
    void revenueInAnotherCurrencyThanSpendIsRefused() {
        UUID campaign = UUID.randomUUID();
        publish(money(campaign, ActivityKind.SPEND, "10", "EUR"), money(campaign, ActivityKind.REVENUE, "30", "GBP"));
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);

        Api.viewer().queryParam("campaignId", campaign.toString()).get("/api/v1/kpis")
                .then().statusCode(422).body("errors[0].field", equalTo("currency"));
    }
}
