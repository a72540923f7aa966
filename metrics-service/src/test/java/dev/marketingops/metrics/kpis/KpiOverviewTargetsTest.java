package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /kpis/overview carries the scope's KPI targets beside its series and funnel, so a page needs one call. */
@QuarkusTest
class KpiOverviewTargetsTest {

    @Test
    void theOverviewCarriesTheScopesTargetsAsTheTargetsReadAnswersThem() {
        UUID campaign = knownCampaign();
        UUID other = knownCampaign();
        put("campaign/" + campaign + "/roas", "{\"direction\":\"INCREASE\",\"target\":3.5,\"dueDate\":\"2031-06-30\"}");
        put("campaign/" + campaign + "/cpa", "{\"direction\":\"DECREASE\",\"target\":12,\"baseline\":20}");
        put("campaign/" + other + "/ctr", "{\"direction\":\"INCREASE\",\"target\":0.05}");

        JsonPath overview = Api.viewer().queryParam("campaignId", campaign.toString()).queryParam("granularity", "day")
                .get("/api/v1/kpis/overview").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> targets = Api.viewer().get("/api/v1/targets/campaign/" + campaign).then().statusCode(200)
                .extract().jsonPath().getList("$");

        assertThat(overview.getList("targets", Map.class)).containsExactlyInAnyOrderElementsOf(
                targets.stream().map(t -> (Map) t).toList());
        assertThat(overview.getList("targets.kpiKey", String.class)).containsExactlyInAnyOrder("roas", "cpa");
        assertThat(overview.<BigDecimal>get("targets.find { it.kpiKey == 'roas' }.target")).isEqualByComparingTo("3.5");
        assertThat(overview.getString("targets.find { it.kpiKey == 'roas' }.dueDate")).isEqualTo("2031-06-30");
        assertThat(overview.getString("targets.find { it.kpiKey == 'cpa' }.direction")).isEqualTo("DECREASE");
        assertThat(overview.getList("targets.source", String.class)).containsOnly("ANALYST");
        // The series and funnel are still there, and empty for a campaign without activity.
        assertThat(overview.getList("series.points")).isEmpty();
        assertThat(overview.getList("funnel.stages")).hasSize(5);
    }

    @Test
    void aScopeWithoutTargetsHasAnEmptyList() {
        Api.viewer().queryParam("launchId", UUID.randomUUID().toString()).get("/api/v1/kpis/overview").then().statusCode(200)
                .body("targets.size()", equalTo(0)).body("series.scope", equalTo("LAUNCH"));
    }

    @Test
    void badInputIsAProblemBeforeAnythingIsRead() {
        Api.viewer().queryParam("campaignId", "not-a-uuid").get("/api/v1/kpis/overview").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("campaignId"));
        Api.viewer().queryParam("productId", UUID.randomUUID().toString()).queryParam("granularity", "week")
                .get("/api/v1/kpis/overview").then().statusCode(400).body("errors.field", hasItem("granularity"));
        Api.viewer().queryParam("productId", UUID.randomUUID().toString()).queryParam("from", "2026-13-01")
                .get("/api/v1/kpis/overview").then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void readingRolesOnly() {
        String campaign = UUID.randomUUID().toString();
        Api.as("tool-ingest").queryParam("campaignId", campaign).get("/api/v1/kpis/overview").then().statusCode(403)
                .contentType("application/problem+json");
        RestAssured.given().queryParam("campaignId", campaign).get("/api/v1/kpis/overview").then().statusCode(401);
        for (String role : new String[] {"viewer", "analyst", "campaign-manager", "roadmap-editor", "admin"}) {
            Api.as(role).queryParam("campaignId", campaign).get("/api/v1/kpis/overview").then().statusCode(200);
        }
    }

    private static void put(String path, String body) {
        Api.as("analyst").contentType("application/json").body(body).put("/api/v1/targets/" + path).then().statusCode(200);
    }

    private static UUID knownCampaign() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("1000", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        return campaign;
    }
}
