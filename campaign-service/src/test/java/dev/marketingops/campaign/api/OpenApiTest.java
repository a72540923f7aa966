package dev.marketingops.campaign.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API describes itself: every campaign path is in the public OpenAPI document. */
@QuarkusTest
class OpenApiTest {

    @Test
    void openApiListsTheCampaignEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/campaigns/{id}/history"))
                .body(containsString("/api/v1/campaigns/calendar"))
                .body(containsString("/api/v1/campaigns/{id}/{action}"));
    }

    @Test
    void aLifecycleStepDocumentsItsOptionalBodyAndEveryAnswerItGives() {
        String step = "paths.'/api/v1/campaigns/{id}/{action}'.post";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(step + ".requestBody.required", not(equalTo(true)))
                .body(step + ".responses", hasKey("404"))
                .body(step + ".responses", hasKey("409"))
                .body(step + ".responses", hasKey("412"))
                .body(step + ".responses", hasKey("422"));
    }
}
