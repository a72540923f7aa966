package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.nps;
import static dev.marketingops.feedback.support.FeedbackApi.review;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox lists a subject's feedback newest first, redacted, filtered by type, sentiment, theme and date, paged. */
@QuarkusTest
class FeedbackInboxTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void listsNewestFirstAndPages() {
        UUID product = UUID.randomUUID();
        UUID oldest = nps(product, 9, T0);
        UUID middle = nps(product, 3, T0.plus(1, ChronoUnit.HOURS));
        UUID newest = nps(product, 10, T0.plus(2, ChronoUnit.HOURS));

        viewer().queryParam("productId", product).queryParam("size", 2).get("/api/v1/feedback").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", contains(newest.toString(), middle.toString()));
        viewer().queryParam("productId", product).queryParam("size", 2).queryParam("page", 1).get("/api/v1/feedback")
                .then().statusCode(200).body("items.id", contains(oldest.toString()));
    }

    @Test
    void filtersBySentimentTypeThemeAndDate() {
        UUID product = UUID.randomUUID();
        UUID happy = review(product, "I love the fast export, great work", T0);
        UUID angry = review(product, "The export is terrible and broken, I hate it", T0.plus(1, ChronoUnit.DAYS));
        nps(product, 8, T0);

        viewer().queryParam("productId", product).queryParam("sentiment", "negative").get("/api/v1/feedback")
                .then().statusCode(200).body("items.id", contains(angry.toString()));
        viewer().queryParam("productId", product).queryParam("sentiment", "POSITIVE").get("/api/v1/feedback")
                .then().statusCode(200).body("items.id", contains(happy.toString()));
        viewer().queryParam("productId", product).queryParam("type", "REVIEW").get("/api/v1/feedback")
                .then().statusCode(200).body("total", equalTo(2)).body("items.type", everyItem(equalTo("REVIEW")));
        viewer().queryParam("productId", product).queryParam("theme", "Export").get("/api/v1/feedback")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].themes", hasItem("export"));
        viewer().queryParam("productId", product).queryParam("from", "2026-03-03").queryParam("to", "2026-03-03")
                .get("/api/v1/feedback").then().statusCode(200).body("items.id", contains(angry.toString()));
    }

    @Test
    void showsRedactedTextOnly() {
        UUID product = UUID.randomUUID();
        review(product, "Call me at jane.doe@example.com about the export", T0);
        viewer().queryParam("productId", product).get("/api/v1/feedback").then().statusCode(200)
                .body("items[0].text", not(org.hamcrest.Matchers.containsString("jane.doe@example.com")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("customerHash")));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        viewer().queryParam("sentiment", "furious").get("/api/v1/feedback").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sentiment"));
        viewer().queryParam("type", "POEM").get("/api/v1/feedback").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        viewer().queryParam("from", "yesterday").get("/api/v1/feedback").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        viewer().queryParam("theme", "x".repeat(101)).get("/api/v1/feedback").then().statusCode(400)
                .body("errors[0].field", equalTo("theme"));
        viewer().queryParam("size", 0).get("/api/v1/feedback").then().statusCode(400);
    }

    @Test
    void needsAReadingRole() {
        as("tool-ingest").get("/api/v1/feedback").then().statusCode(403);
    }
}
