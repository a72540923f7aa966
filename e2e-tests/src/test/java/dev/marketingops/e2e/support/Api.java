package dev.marketingops.e2e.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST calls as an internal app makes them: one service, one role's token from the running stack. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification roadmap(String role) {
        return as("roadmap-service", role);
    }

    public static RequestSpecification campaign(String role) {
        return as("campaign-service", role);
    }

    public static RequestSpecification metrics(String role) {
        return as("metrics-service", role);
    }

    public static RequestSpecification feedback(String role) {
        return as("feedback-service", role);
    }

    private static RequestSpecification as(String service, String role) {
        return given().baseUri(RunningStack.get().url(service)).auth().oauth2(RunningStack.get().token(role))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
