package dev.marketingops.feedback.support;

import static io.restassured.RestAssured.given;

import dev.marketingops.infra.JwtTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Drives the feedback API as a survey widget, an analyst or a privacy officer would, with real tokens. */
public final class FeedbackApi {

    public static final String TEAM = "voice-of-customer";

    private FeedbackApi() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(JwtTestResource.token(TEAM, role));
    }

    public static RequestSpecification ingest() {
        return as("tool-ingest");
    }

    public static RequestSpecification viewer() {
        return as("viewer");
    }

    /** A valid body for the type, about a product, from a customer; tests adjust fields as needed. */
    public static Map<String, Object> body(String type, UUID productId, String customerRef) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("subject", new HashMap<>(Map.of("productId", productId.toString())));
        body.put("channel", "WEB");
        body.put("locale", "en-US");
        body.put("submittedAt", FixedClock.RECENTLY.toString());
        body.put("customerRef", customerRef);
        switch (type) {
            case "NPS" -> body.put("score", 9);
            case "CSAT" -> body.put("rating", 4);
            default -> body.put("text", "The export to Excel is great");
        }
        return body;
    }

    public static ValidatableResponse post(Map<String, Object> body) {
        return ingest().contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then();
    }

    /** Posts and answers the stored feedback's id, asserting it was stored now (201). */
    public static UUID submit(Map<String, Object> body) {
        return UUID.fromString(post(body).statusCode(201).extract().path("feedbackId"));
    }

    public static UUID nps(UUID productId, int score, Instant submittedAt) {
        Map<String, Object> body = body("NPS", productId, "customer-" + UUID.randomUUID());
        body.put("score", score);
        body.put("submittedAt", submittedAt.toString());
        return submit(body);
    }

    public static UUID csat(UUID productId, int rating, Instant submittedAt) {
        Map<String, Object> body = body("CSAT", productId, "customer-" + UUID.randomUUID());
        body.put("rating", rating);
        body.put("submittedAt", submittedAt.toString());
        return submit(body);
    }

    public static UUID review(UUID productId, String text, Instant submittedAt) {
        Map<String, Object> body = body("REVIEW", productId, "customer-" + UUID.randomUUID());
        body.put("text", text);
        body.put("submittedAt", submittedAt.toString());
        return submit(body);
    }
}
