package dev.marketingops.feedback.overview;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.nps;
import static dev.marketingops.feedback.support.FeedbackApi.review;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /feedback-overview answers what /nps, /themes and /feedback answer for the same subject and filters, in one. */
@QuarkusTest
class FeedbackOverviewTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final String FROM = "2026-02-01";
    private static final String TO = "2026-03-31";

    @Test
    void answersTheThreeReadsOfTheSameSubjectInOne() {
        UUID product = UUID.randomUUID();
        nps(product, 10, T0);
        nps(product, 3, T0.plus(8, ChronoUnit.DAYS));
        review(product, "The export is slow and the export keeps failing", T0.plus(1, ChronoUnit.HOURS));
        review(product, "I love the fast export", T0.plus(2, ChronoUnit.HOURS));

        JsonPath overview = viewer().queryParam("productId", product).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("size", 3).get("/api/v1/feedback-overview").then().statusCode(200).extract().jsonPath();
        Map<String, Object> nps = viewer().queryParam("productId", product).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/nps").then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> themes = viewer().queryParam("productId", product).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("limit", 10).get("/api/v1/themes").then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> inbox = viewer().queryParam("productId", product).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("size", 3).get("/api/v1/feedback").then().statusCode(200).extract().jsonPath().getMap("$");

        assertThat(overview.getMap("nps")).isEqualTo(nps);
        assertThat(overview.getMap("themes")).isEqualTo(themes);
        assertThat(overview.getMap("inbox")).isEqualTo(inbox);
        // And the figures are the subject's: two NPS answers (one promoter, one detractor), four items in the inbox.
        assertThat(overview.getInt("nps.total.responses")).isEqualTo(2);
        assertThat(overview.getDouble("nps.total.nps")).isZero();
        assertThat(overview.getList("themes.themes.label", String.class)).startsWith("export");
        assertThat(overview.getInt("inbox.total")).isEqualTo(4);
        assertThat(overview.getList("inbox.items")).hasSize(3);
    }

    @Test
    void inboxFiltersNarrowTheInboxOnly() {
        UUID launch = UUID.randomUUID();
        about(launch, "NPS", Map.of("score", 9));
        UUID request = about(launch, "FEATURE_REQUEST", Map.of("text", "Please add a dark mode to the dashboard"));
        about(launch, "REVIEW", Map.of("text", "The dashboard is terrible and broken"));

        viewer().queryParam("launchId", launch).queryParam("type", "feature_request").get("/api/v1/feedback-overview")
                .then().statusCode(200)
                .body("inbox.total", equalTo(1)).body("inbox.items.id", contains(request.toString()))
                .body("inbox.items.type", everyItem(equalTo("FEATURE_REQUEST")))
                // The figures still count every NPS answer about the launch.
                .body("nps.subjectType", equalTo("LAUNCH")).body("nps.total.responses", equalTo(1))
                .body("themes.subjectId", equalTo(launch.toString()));
        viewer().queryParam("launchId", launch).queryParam("sentiment", "NEGATIVE").get("/api/v1/feedback-overview")
                .then().statusCode(200).body("inbox.total", equalTo(1)).body("inbox.items[0].type", equalTo("REVIEW"));
        viewer().queryParam("launchId", launch).queryParam("theme", "Dashboard").queryParam("themes", 1)
                .get("/api/v1/feedback-overview").then().statusCode(200)
                .body("inbox.total", equalTo(2)).body("themes.themes.size()", equalTo(1));
    }

    @Test
    void aRoadmapItemHasItsOverviewToo() {
        UUID item = UUID.randomUUID();
        about("roadmapItemId", item, "NPS", Map.of("score", 10));
        UUID request = about("roadmapItemId", item, "FEATURE_REQUEST", Map.of("text", "Please add a dark mode"));
        about("launchId", UUID.randomUUID(), "FEATURE_REQUEST", Map.of("text", "Please add a dark mode"));

        viewer().queryParam("roadmapItemId", item).get("/api/v1/feedback-overview").then().statusCode(200)
                .body("nps.subjectType", equalTo("ROADMAP_ITEM")).body("nps.total.responses", equalTo(1))
                .body("inbox.total", equalTo(2));
        viewer().queryParam("roadmapItemId", item).queryParam("type", "FEATURE_REQUEST").get("/api/v1/feedback-overview")
                .then().statusCode(200).body("inbox.items.id", contains(request.toString()));
    }

    @Test
    void everyBadParameterIsAProblemNamingIt() {
        String product = UUID.randomUUID().toString();
        bad(Map.of(), "productId");
        bad(Map.of("productId", product, "campaignId", product), "productId");
        bad(Map.of("launchId", "not-a-uuid"), "launchId");
        bad(Map.of("launchId", "1-2-3-4-5"), "launchId");
        bad(Map.of("productId", product, "roadmapItemId", product), "productId");
        bad(Map.of("productId", product, "themes", "0"), "themes");
        bad(Map.of("productId", product, "themes", "99999999999999999999"), "themes");
        bad(Map.of("productId", product, "theme", "x".repeat(101)), "theme");
        bad(Map.of("productId", product, "theme", "ex\0port"), "theme");
        bad(Map.of("productId", product, "type", "POEM"), "type");
        bad(Map.of("productId", product, "sentiment", "furious"), "sentiment");
        bad(Map.of("productId", product, "from", "yesterday"), "from");
        bad(Map.of("productId", product, "granularity", "century"), "granularity");
        bad(Map.of("productId", product, "from", "2000-01-01", "to", "2026-01-01"), "granularity");
        bad(Map.of("productId", product, "size", "0"), "size");
        bad(Map.of("productId", product, "page", "99999999999"), "page");
    }

    @Test
    void needsAReadingRole() {
        as("tool-ingest").queryParam("productId", UUID.randomUUID()).get("/api/v1/feedback-overview").then().statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("productId", UUID.randomUUID()).get("/api/v1/feedback-overview").then().statusCode(401);
        for (String role : new String[] {"viewer", "analyst", "feedback-manager", "admin"}) {
            as(role).queryParam("productId", UUID.randomUUID()).get("/api/v1/feedback-overview").then().statusCode(200);
        }
    }

    private static void bad(Map<String, String> params, String field) {
        viewer().queryParams(params).get("/api/v1/feedback-overview").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    private static UUID about(UUID launch, String type, Map<String, Object> fields) {
        return about("launchId", launch, type, fields);
    }

    private static UUID about(String subjectField, UUID subject, String type, Map<String, Object> fields) {
        Map<String, Object> body = body(type, UUID.randomUUID(), "customer-" + UUID.randomUUID());
        body.put("subject", Map.of(subjectField, subject.toString()));
        body.remove("text");
        body.remove("score");
        body.remove("rating");
        body.putAll(fields);
        return submit(body);
    }
}
