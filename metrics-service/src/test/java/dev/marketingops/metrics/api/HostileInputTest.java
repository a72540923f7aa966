package dev.marketingops.metrics.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.metrics.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue #11 get a 4xx problem+json naming the field, never a 500 or a bare status. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aTargetBeyondTheColumnIsRefusedByName() {
        Api.as("analyst").contentType(ContentType.JSON).body("{\"direction\":\"INCREASE\",\"target\":1e39}")
                .put("/api/v1/targets/campaign/" + UUID.randomUUID() + "/conversions")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("target"));
    }

    @Test
    void duplicateKeysAndWrongTypesAreRefusedByName() {
        Api.as("analyst").contentType(ContentType.JSON).body("{\"direction\":\"INCREASE\",\"target\":5,\"target\":6}")
                .put("/api/v1/targets/campaign/" + UUID.randomUUID() + "/conversions")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("target"));
        Api.as("analyst").contentType(ContentType.JSON).body("{\"direction\":0,\"target\":5}")
                .put("/api/v1/targets/campaign/" + UUID.randomUUID() + "/conversions")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("direction"));
    }

    @Test
    void aNulCharacterInAPathOrQueryIsA400NamingIt() {
        Api.as("analyst").urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"direction\":\"INCREASE\",\"target\":5}")
                .put("/api/v1/targets/campaign/a%00b/conversions")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("scopeId"));
        Api.viewer().urlEncodingEnabled(false).get("/api/v1/kpis?campaignId=%00")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("campaignId"));
    }
}
