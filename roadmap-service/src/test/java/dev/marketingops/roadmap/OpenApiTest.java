package dev.marketingops.roadmap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, with summaries and request examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointIsDescribed() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/products", "/api/v1/products/{id}", "/api/v1/products/{id}/stage",
                "/api/v1/roadmaps", "/api/v1/roadmaps/{id}", "/api/v1/roadmaps/{id}/items", "/api/v1/roadmaps/{id}/timeline",
                "/api/v1/roadmaps/{id}/conflicts", "/api/v1/items/{id}", "/api/v1/items/{id}/status",
                "/api/v1/items/{id}/objectives", "/api/v1/items/{id}/objectives/{objectiveId}", "/api/v1/items/{id}/insights",
                "/api/v1/launches", "/api/v1/launches/{id}", "/api/v1/launches/{id}/schedule", "/api/v1/launches/{id}/reschedule",
                "/api/v1/launches/{id}/launch", "/api/v1/launches/{id}/cancel", "/api/v1/launches/{id}/complete");
        assertThat(doc.getString("paths.'/api/v1/launches'.post.summary")).isNotBlank();
        String text = given().queryParam("format", "json").get("/q/openapi").then().extract().asString();
        assertThat(text).as("request examples are published").contains("Acme v2 launch", "Waiting for app store approval");
    }
}
