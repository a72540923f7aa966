package dev.marketingops.feedback.themes;

import static dev.marketingops.feedback.support.FeedbackApi.review;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.themes.domain.ThemeIndex;
import dev.marketingops.feedback.themes.domain.ThemeStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Semantic themes through REST, real PostgreSQL: paraphrase sets that were not used to choose the join threshold
 * each form one theme, an unrelated text does not join them, and the ranking carries label, quotes, trend and
 * sentiment per product and period. Reads carry the sentiment label.
 * Themes are shared by all subjects, so each test starts from an empty theme space: in the whole suite other tests'
 * texts ("The app crashes constantly") form broader themes that a paraphrase may rightly join instead.
 */
@QuarkusTest
class SemanticThemesTest {

    static final Instant FEBRUARY = Instant.parse("2025-02-12T12:00:00Z");
    static final Instant MARCH = Instant.parse("2025-03-12T12:00:00Z");

    static final List<String> CRASH = List.of(
            "The app crashes when I upload a photo.",
            "It closes itself every time I add a picture.",
            "Uploading an image makes the app quit.");
    static final List<String> LATE = List.of(
            "My order arrived a week late.",
            "Delivery took much longer than promised.",
            "The package came days after the expected date.");
    static final String UNRELATED = "The staff at the counter were very polite.";

    @Inject
    EntityManager em;
    @Inject
    ThemeIndex index;
    @Inject
    ThemeStore store;

    @BeforeEach
    void emptyThemeSpace() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from feedback_theme").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> index.replace(store.all()));
    }

    @Test
    void paraphrasesShareATheme_anUnrelatedTextDoesNot_rankedWithTrendAndSentiment() {
        UUID product = UUID.randomUUID();
        review(product, "Adding a photo crashes the app every single time.", FEBRUARY);
        CRASH.forEach(text -> review(product, text, MARCH));
        LATE.forEach(text -> review(product, text, MARCH));
        review(product, UNRELATED, MARCH);

        JsonPath ranking = viewer().get("/api/v1/themes/semantic?productId=" + product + "&from=2025-03-01&to=2025-03-28&limit=50")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> themes = ranking.getList("themes");

        Map<String, Object> crash = themeQuoting(themes, CRASH.get(0));
        assertThat(CRASH).allSatisfy(text -> assertThat(themeQuoting(themes, text).get("id")).isEqualTo(crash.get("id")));
        Map<String, Object> late = themeQuoting(themes, LATE.get(0));
        assertThat(LATE).allSatisfy(text -> assertThat(themeQuoting(themes, text).get("id")).isEqualTo(late.get("id")));
        assertThat(late.get("id")).isNotEqualTo(crash.get("id"));
        Object unrelated = themeQuoting(themes, UNRELATED).get("id");
        assertThat(unrelated).isNotIn(crash.get("id"), late.get("id"));

        assertThat(crash).containsEntry("mentions", 3).containsEntry("previousMentions", 1).containsEntry("trend", "RISING")
                .containsEntry("sentimentLabel", "NEGATIVE");
        assertThat((String) crash.get("label")).isIn(CRASH);
        assertThat((List<?>) crash.get("keywords")).isNotEmpty();
        assertThat(late).containsEntry("mentions", 3).containsEntry("previousMentions", 0).containsEntry("trend", "NEW");
        assertThat(themes.get(0).get("mentions")).isEqualTo(3);
    }

    @Test
    void aFeedbackReadCarriesItsSentimentLabelBesideTheScore() {
        UUID product = UUID.randomUUID();
        UUID happy = review(product, "Absolutely love it, works perfectly every day.", MARCH);
        UUID angry = review(product, "Terrible, it crashes all the time and support never answers.", MARCH);
        JsonPath positive = viewer().get("/api/v1/feedback/" + happy).then().statusCode(200).extract().jsonPath();
        assertThat(positive.getString("sentimentLabel")).isEqualTo("POSITIVE");
        assertThat(positive.getDouble("sentiment")).isGreaterThanOrEqualTo(0.05);
        JsonPath negative = viewer().get("/api/v1/feedback/" + angry).then().statusCode(200).extract().jsonPath();
        assertThat(negative.getString("sentimentLabel")).isEqualTo("NEGATIVE");
        assertThat(negative.getDouble("sentiment")).isLessThanOrEqualTo(-0.05);
    }

    private static Map<String, Object> themeQuoting(List<Map<String, Object>> themes, String text) {
        return themes.stream().filter(t -> ((List<?>) t.get("quotes")).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no theme quotes '" + text + "' in " + themes));
    }
}
