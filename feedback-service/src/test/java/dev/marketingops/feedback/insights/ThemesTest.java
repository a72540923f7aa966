package dev.marketingops.feedback.insights;

import static dev.marketingops.feedback.support.FeedbackApi.review;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Themes of a sample corpus about one product, ranked by frequency and by trend against the period before. */
@QuarkusTest
class ThemesTest {

    static final Instant FEBRUARY = Instant.parse("2025-02-10T12:00:00Z");
    static final Instant MARCH = Instant.parse("2025-03-10T12:00:00Z");

    static final List<String> FEBRUARY_CORPUS = List.of(
            "Shipping took two weeks, shipping costs are high",
            "The price is too high for small teams",
            "Pricing page is confusing",
            "Battery life is fine");

    static final List<String> MARCH_CORPUS = List.of(
            "Battery life got worse after the update",
            "The battery drains overnight since the update",
            "Battery life is terrible now",
            "My batteries die within hours, please fix the battery life",
            "The update broke Bluetooth pairing",
            "Bluetooth pairing fails with my car",
            "Shipping was quick",
            "Love the new colours");

    @Test
    void keywordsAndPhrasesAreRankedByFrequencyAndTrend() {
        UUID product = UUID.randomUUID();
        FEBRUARY_CORPUS.forEach(text -> review(product, text, FEBRUARY));
        MARCH_CORPUS.forEach(text -> review(product, text, MARCH));

        JsonPath byFrequency = viewer().get("/api/v1/themes?productId=" + product + "&from=2025-03-01&to=2025-03-28&limit=100")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> themes = byFrequency.getList("themes");
        assertThat(themes.get(0)).containsEntry("term", "batteri").containsEntry("label", "battery").containsEntry("mentions", 4)
                .containsEntry("previousMentions", 1).containsEntry("trend", "RISING");
        assertThat(themes).anySatisfy(t -> assertThat(t).containsEntry("label", "battery life").containsEntry("phrase", true)
                .containsEntry("mentions", 3));
        assertThat(themes).anySatisfy(t -> assertThat(t).containsEntry("label", "update").containsEntry("mentions", 3)
                .containsEntry("trend", "NEW"));
        assertThat(themes).anySatisfy(t -> assertThat(t).containsEntry("label", "shipping").containsEntry("mentions", 1)
                .containsEntry("previousMentions", 1).containsEntry("trend", "STEADY"));
        assertThat(themes).extracting(t -> t.get("label")).doesNotContain("the", "love", "my", "price");

        JsonPath byTrend = viewer().get("/api/v1/themes?productId=" + product + "&from=2025-03-01&to=2025-03-28&rank=trend&limit=3")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byTrend.getList("themes")).hasSize(3);
        assertThat(byTrend.getString("themes[0].label")).isIn("update", "battery");
    }

    @Test
    void aRangeLongerThanTheMaximumIsRefusedNamingFrom() {
        UUID product = UUID.randomUUID();
        for (String path : List.of("/api/v1/themes", "/api/v1/themes/semantic", "/api/v1/nps", "/api/v1/feedback-overview")) {
            for (String[] range : new String[][] {{"2000-01-01", "9000-01-01"}, {"0001-01-01", "9999-12-30"}}) {
                viewer().queryParam("productId", product).queryParam("from", range[0]).queryParam("to", range[1]).get(path)
                        .then().statusCode(400).contentType(startsWith("application/problem+json"))
                        .body("errors.field", contains("from"));
            }
        }
    }

    @Test
    void aRangeNearYearOneIsComparedWithARangeBeforeThatStartsInYearOne() {
        UUID product = UUID.randomUUID();
        review(product, "Battery life is fine", FEBRUARY);
        for (String path : List.of("/api/v1/themes", "/api/v1/themes/semantic")) {
            viewer().queryParam("productId", product).queryParam("from", "0010-01-01").queryParam("to", "0040-01-01").get(path)
                    .then().statusCode(200).body("themes", hasSize(0));
        }
    }
}
