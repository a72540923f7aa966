package dev.marketingops.feedback.collect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API describes itself, every endpoint included, without a token. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointIsDocumented() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/feedback/import"), containsString("/api/v1/nps"), containsString("/api/v1/themes"),
                        containsString("/api/v1/feature-requests"), containsString("/api/v1/customers/{customerRef}"),
                        containsString("/api/v1/erasure-requests"), containsString("/api/v1/erasure-requests/{id}"),
                        containsString("/api/v1/launches/{launchId}"), containsString("/api/v1/feature-requests/untriaged"),
                        containsString("/api/v1/feature-requests/{id}/merge"), containsString("/api/v1/alert-deliveries"));
    }
}
