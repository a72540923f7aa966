package dev.marketingops.metrics.targets;

import static org.hamcrest.Matchers.contains;
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
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(422)
                .body("errors[0].field", equalTo("target"));
        Api.viewer().contentType("application/json").body(BODY)
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(403);
    }

    @Test
    void aTargetNotPastItsBaselineInItsDirectionIs422NamingTarget() {
        String campaign = "/api/v1/targets/campaign/" + knownCampaign();
        for (String body : new String[] {"{\"direction\":\"INCREASE\",\"baseline\":500,\"target\":10}",
                "{\"direction\":\"INCREASE\",\"baseline\":500,\"target\":500}",
                "{\"direction\":\"DECREASE\",\"baseline\":10,\"target\":500}"}) {
            Api.as("analyst").contentType("application/json").body(body).put(campaign + "/conversions").then()
                    .statusCode(422).contentType("application/problem+json").body("errors.field", contains("target"))
                    .body("errors[0].message", containsString("baseline"));
        }
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"DECREASE\",\"baseline\":50,\"target\":20}")
                .put(campaign + "/cpa").then().statusCode(200);
    }

    @Test
    void aTargetOrBaselineOutsideTheKpisRangeIs422NamingTheField() {
        String campaign = "/api/v1/targets/campaign/" + knownCampaign();
        String[][] refused = {{"nps", "{\"direction\":\"INCREASE\",\"target\":1000}", "target"},
                {"nps", "{\"direction\":\"INCREASE\",\"baseline\":-101,\"target\":10}", "baseline"},
                {"csat", "{\"direction\":\"INCREASE\",\"target\":6}", "target"},
                {"ctr", "{\"direction\":\"INCREASE\",\"target\":1.5}", "target"},
                {"conversion_rate", "{\"direction\":\"DECREASE\",\"baseline\":2,\"target\":0.5}", "baseline"},
                {"roi", "{\"direction\":\"INCREASE\",\"target\":-2}", "target"},
                {"conversions", "{\"direction\":\"INCREASE\",\"baseline\":-5,\"target\":5}", "baseline"}};
        for (String[] r : refused) {
            Api.as("analyst").contentType("application/json").body(r[1]).put(campaign + "/" + r[0]).then()
                    .statusCode(422).contentType("application/problem+json").body("errors.field", contains(r[2]));
        }
        // The ranges' own ends, and a negative NPS or ROI where those can be negative, are fine.
        String[][] accepted = {{"nps", "{\"direction\":\"INCREASE\",\"baseline\":-50,\"target\":-20}"},
                {"csat", "{\"direction\":\"INCREASE\",\"baseline\":1,\"target\":5}"},
                {"ctr", "{\"direction\":\"INCREASE\",\"baseline\":0,\"target\":1}"},
                {"roi", "{\"direction\":\"INCREASE\",\"baseline\":-1,\"target\":-0.5}"}};
        for (String[] a : accepted) {
            Api.as("analyst").contentType("application/json").body(a[1]).put(campaign + "/" + a[0]).then().statusCode(200);
        }
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
