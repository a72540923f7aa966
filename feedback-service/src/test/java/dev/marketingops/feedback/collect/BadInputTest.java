package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.feedback.support.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's mistake gets a 4xx problem+json that names the field, never a 500. */
@QuarkusTest
class BadInputTest {

    private static void rejected(Map<String, Object> body, int status, String field) {
        post(body).statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(String type, String key, Object value) {
        Map<String, Object> body = body(type, UUID.randomUUID(), "cust-bad");
        body.put(key, value);
        return body;
    }

    @Test
    void npsOutsideZeroToTenNamesTheScore() {
        rejected(with("NPS", "score", 11), 422, "score");
        rejected(with("NPS", "score", -1), 422, "score");
        rejected(with("NPS", "score", null), 422, "score");
    }

    @Test
    void csatOutsideOneToFiveNamesTheRating() {
        rejected(with("CSAT", "rating", 0), 422, "rating");
        rejected(with("CSAT", "rating", 6), 422, "rating");
    }

    @Test
    void aReviewNeedsText() {
        rejected(with("REVIEW", "text", ""), 422, "text");
        rejected(with("REVIEW", "text", "   "), 422, "text");
        rejected(with("FEATURE_REQUEST", "text", null), 422, "text");
    }

    @Test
    void textOverTenThousandCharactersIsRejected() {
        rejected(with("REVIEW", "text", "a".repeat(10_001)), 422, "text");
    }

    @Test
    void aSubmittedAtBefore2000OrMoreThanADayAheadOfTheServicesClockNamesIt() {
        // FixedClock.NOW is the service's now: a day later is the last time taken.
        rejected(with("NPS", "submittedAt", FixedClock.NOW.plus(Duration.ofDays(1)).plusMillis(1).toString()), 422, "submittedAt");
        rejected(with("REVIEW", "submittedAt", "2093-06-01T00:00:00Z"), 422, "submittedAt");
        rejected(with("CSAT", "submittedAt", "1999-12-31T23:59:59Z"), 422, "submittedAt");
        post(with("NPS", "submittedAt", FixedClock.NOW.plus(Duration.ofDays(1)).toString())).statusCode(201);
        post(with("NPS", "submittedAt", "2000-01-01T00:00:00Z")).statusCode(201);
    }

    @Test
    void anUnknownTypeNamesTheType() {
        rejected(with("REVIEW", "type", "COMPLAINT"), 400, "type");
    }

    @Test
    void fieldsThatDoNotBelongToTheTypeAreNamed() {
        rejected(with("CSAT", "score", 9), 422, "score");
        rejected(with("NPS", "rating", 3), 422, "rating");
    }

    @Test
    void feedbackAboutNothingOrWithoutCustomerIsRejected() {
        rejected(with("NPS", "subject", new HashMap<>()), 422, "subject");
        rejected(with("NPS", "customerRef", ""), 400, "customerRef");
        rejected(with("NPS", "locale", "english please"), 400, "locale");
        rejected(with("NPS", "channel", "CARRIER_PIGEON"), 400, "channel");
    }

    @Test
    void analysisParametersAreChecked() {
        as("viewer").get("/api/v1/nps").then().statusCode(400).body("errors.field", hasItem("productId"));
        as("viewer").get("/api/v1/nps?productId=" + UUID.randomUUID() + "&granularity=day").then().statusCode(400)
                .body("errors.field", hasItem("granularity"));
        as("viewer").get("/api/v1/nps?productId=" + UUID.randomUUID() + "&from=yesterday").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as("viewer").get("/api/v1/themes?productId=" + UUID.randomUUID() + "&rank=loudest").then().statusCode(400)
                .body("errors.field", hasItem("rank"));
        as("viewer").get("/api/v1/feature-requests").then().statusCode(400).body("errors.field", hasItem("roadmapItemId"));
        as("viewer").get("/api/v1/feedback/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyIngestRolesMaySubmitAndOnlyPrivacyOfficersMayErase() {
        Map<String, Object> body = body("NPS", UUID.randomUUID(), "cust-roles");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then().statusCode(401);
        as("viewer").contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then().statusCode(403);
        as("feedback-manager").contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then().statusCode(201);
        as("tool-ingest").delete("/api/v1/customers/cust-roles").then().statusCode(403);
        as("tool-ingest").get("/api/v1/nps?productId=" + UUID.randomUUID()).then().statusCode(403);
    }
}
