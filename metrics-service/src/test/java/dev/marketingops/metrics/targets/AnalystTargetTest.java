package dev.marketingops.metrics.targets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/targets/{scope}/{id}/{kpi}: analysts set targets of their team's scopes, with ETags; bad input is a named 4xx. */
@QuarkusTest
class AnalystTargetTest {

    private static final String BODY = "{\"direction\":\"INCREASE\",\"target\":1}";

    @Test
    void anAnalystSetsAndReplacesATargetWithIfMatch() {
        UUID campaign = knownCampaign();
        String path = "/api/v1/targets/campaign/" + campaign + "/roas";
        String etag = Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":3.5}")
                .put(path).then().statusCode(200).body("kpiKey", equalTo("roas")).body("source", equalTo("ANALYST"))
                .extract().header("ETag");

        Api.as("analyst").contentType("application/json").header("If-Match", etag)
                .body("{\"direction\":\"INCREASE\",\"target\":4}").put(path).then().statusCode(200);
        Api.as("analyst").contentType("application/json").header("If-Match", etag)
                .body("{\"direction\":\"INCREASE\",\"target\":5}").put(path).then().statusCode(412);
    }

    @Test
    void badTargetsAreRefusedWithTheFieldNamed() {
        String campaign = knownCampaign().toString();
        Api.as("analyst").contentType("application/json").body(BODY)
                .put("/api/v1/targets/campaign/" + campaign + "/happiness").then().statusCode(400)
                .body("errors[0].field", equalTo("kpiKey"));
        Api.as("analyst").contentType("application/json").body(BODY)
                .put("/api/v1/targets/galaxy/" + campaign + "/cpa").then().statusCode(400)
                .body("errors[0].field", equalTo("scope"));
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":-1}")
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
        Api.viewer().contentType("application/json").body(BODY)
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(403);
    }

    @Test
    void anAnalystOfAnotherTeamMaySetNoTargetOfACampaignLaunchOrProductOfThisTeam() {
        UUID campaign = knownCampaign();
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        Owners.launch(launch, product, Api.TEAM);
        Owners.product(product, Api.TEAM);
        Owners.await(KpiScope.LAUNCH, launch, Api.TEAM);
        Owners.await(KpiScope.PRODUCT, product, Api.TEAM);
        String otherTeam = JwtTestResource.token("brand", "analyst");

        for (String path : new String[] {"campaign/" + campaign, "launch/" + launch, "product/" + product}) {
            io.restassured.RestAssured.given().auth().oauth2(otherTeam).contentType("application/json").body(BODY)
                    .put("/api/v1/targets/" + path + "/ctr").then().statusCode(403)
                    .contentType("application/problem+json").body("detail", containsString("'" + Api.TEAM + "'"));
        }
        Api.as("analyst").contentType("application/json").body(BODY)
                .put("/api/v1/targets/product/" + product + "/ctr").then().statusCode(200);
        Api.viewer().get("/api/v1/targets/campaign/" + campaign).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aScopeWhoseOwnerIsNotKnownYetIsForAdminsOnly() {
        String path = "/api/v1/targets/launch/" + UUID.randomUUID() + "/ctr";
        Api.as("analyst").contentType("application/json").body(BODY).put(path).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("not known"));
        Api.as("admin").contentType("application/json").body(BODY).put(path).then().statusCode(200);
    }

    private static UUID knownCampaign() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("1000", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        return campaign;
    }
}
