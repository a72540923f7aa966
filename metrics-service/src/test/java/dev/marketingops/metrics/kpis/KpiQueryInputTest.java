package dev.marketingops.metrics.kpis;

import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.metrics.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's mistake in a KPI query is a 4xx problem naming the parameter, never a 500. */
@QuarkusTest
class KpiQueryInputTest {

    @Test
    void aScopeIsRequired() {
        Api.viewer().get("/api/v1/kpis").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("campaignId"));
    }

    @Test
    void malformedIdsAndInstantsAreNamed() {
        Api.viewer().queryParam("launchId", "not-a-uuid").get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("launchId"));
        // UUID.fromString's short form would read as another id: refused, not looked up.
        Api.viewer().queryParam("launchId", "1-2-3-4-5").get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("launchId"));
        Api.viewer().queryParam("campaignId", UUID.randomUUID().toString()).queryParam("from", "yesterday")
                .get("/api/v1/funnel").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void anEmptyRangeAndAnUnknownGranularityAreRefused() {
        String campaign = UUID.randomUUID().toString();
        Api.viewer().queryParam("campaignId", campaign).queryParam("from", "2026-03-02T00:00:00Z")
                .queryParam("to", "2026-03-01T00:00:00Z").get("/api/v1/kpis")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        Api.viewer().queryParam("campaignId", campaign).queryParam("granularity", "week")
                .get("/api/v1/kpis/timeseries").then().statusCode(400).body("errors[0].field", equalTo("granularity"));
    }

    @Test
    void aMalformedFunnelWindowIs400NamingWindowInEveryMode() {
        String campaign = UUID.randomUUID().toString();
        for (String mode : new String[] {null, "events", "people"}) {
            for (String window : new String[] {"abc", "P1Y", "PT1M"}) {
                var request = Api.viewer().queryParam("campaignId", campaign).queryParam("window", window);
                (mode == null ? request : request.queryParam("mode", mode)).get("/api/v1/funnel").then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("window"));
            }
        }
        Api.viewer().queryParam("campaignId", campaign).queryParam("window", "P7D").get("/api/v1/funnel")
                .then().statusCode(200);
    }

    @Test
    void kpisNeedAToken() {
        io.restassured.RestAssured.given().queryParam("campaignId", UUID.randomUUID().toString())
                .get("/api/v1/kpis").then().statusCode(401);
        Api.as("tool-ingest").queryParam("campaignId", UUID.randomUUID().toString())
                .get("/api/v1/kpis").then().statusCode(403);
    }
}
