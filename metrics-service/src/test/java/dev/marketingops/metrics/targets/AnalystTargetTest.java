package dev.marketingops.metrics.targets;

import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.metrics.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/targets/{scope}/{id}/{kpi}: analysts set targets, with ETags; bad input is a named 4xx. */
@QuarkusTest
class AnalystTargetTest {

    @Test
    void anAnalystSetsAndReplacesATargetWithIfMatch() {
        String path = "/api/v1/targets/campaign/" + UUID.randomUUID() + "/roas";
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
        String campaign = UUID.randomUUID().toString();
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":1}")
                .put("/api/v1/targets/campaign/" + campaign + "/happiness").then().statusCode(400)
                .body("errors[0].field", equalTo("kpiKey"));
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":1}")
                .put("/api/v1/targets/galaxy/" + campaign + "/cpa").then().statusCode(400)
                .body("errors[0].field", equalTo("scope"));
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":-1}")
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
        Api.viewer().contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":1}")
                .put("/api/v1/targets/campaign/" + campaign + "/cpa").then().statusCode(403);
    }
}
