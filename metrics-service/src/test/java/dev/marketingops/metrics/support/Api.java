package dev.marketingops.metrics.support;

import static io.restassured.RestAssured.given;

import dev.marketingops.infra.JwtTestResource;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** Calls the service's REST API as a client would, with a real token; numbers come back as exact BigDecimals. */
public final class Api {

    public static final String TEAM = "growth";

    private Api() {
    }

    public static RequestSpecification as(String... roles) {
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(JwtTestResource.token(TEAM, roles));
    }

    public static RequestSpecification viewer() {
        return as("viewer");
    }
}
