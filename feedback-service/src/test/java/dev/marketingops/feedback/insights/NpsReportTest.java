package dev.marketingops.feedback.insights;

import static dev.marketingops.feedback.support.FeedbackApi.csat;
import static dev.marketingops.feedback.support.FeedbackApi.nps;
import static dev.marketingops.feedback.support.FeedbackApi.review;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** NPS = % promoters − % detractors, with CSAT and sentiment, at the edges and per period. */
@QuarkusTest
class NpsReportTest {

    static final Instant MONDAY = Instant.parse("2025-03-03T10:00:00Z");

    private static JsonPath report(UUID product, String query) {
        return viewer().get("/api/v1/nps?productId=" + product + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void allPromotersIsPlusOneHundred() {
        UUID product = UUID.randomUUID();
        nps(product, 9, MONDAY);
        nps(product, 10, MONDAY);
        nps(product, 10, MONDAY);

        JsonPath total = report(product, "&from=2025-03-01&to=2025-03-31").setRootPath("total");
        assertThat(total.getDouble("nps")).isEqualTo(100.0);
        assertThat(total.getInt("responses")).isEqualTo(3);
        assertThat(total.getInt("promoters")).isEqualTo(3);
    }

    @Test
    void allDetractorsIsMinusOneHundred() {
        UUID product = UUID.randomUUID();
        nps(product, 0, MONDAY);
        nps(product, 6, MONDAY);

        JsonPath total = report(product, "&from=2025-03-01&to=2025-03-31").setRootPath("total");
        assertThat(total.getDouble("nps")).isEqualTo(-100.0);
        assertThat(total.getInt("detractors")).isEqualTo(2);
    }

    @Test
    void anEmptyRangeHasNoScoreAndZeroResponsesRatherThanAnError() {
        UUID product = UUID.randomUUID();
        nps(product, 10, MONDAY);

        viewer().get("/api/v1/nps?productId=" + product + "&from=2024-01-01&to=2024-01-31&granularity=month").then().statusCode(200)
                .body("total.nps", nullValue()).body("total.responses", equalTo(0))
                .body("total.csat.average", nullValue()).body("total.csat.responses", equalTo(0))
                .body("total.sentiment.average", nullValue())
                .body("periods", hasSize(1)).body("periods[0].figures.nps", nullValue());
    }

    @Test
    void mixedAnswersGiveTheDifferenceOfSharesWithCsatAndWeeklyTrend() {
        UUID product = UUID.randomUUID();
        Instant nextWeek = MONDAY.plusSeconds(7 * 24 * 3600);
        nps(product, 10, MONDAY);      // promoter
        nps(product, 8, MONDAY);       // passive
        nps(product, 3, MONDAY);       // detractor
        nps(product, 9, nextWeek);     // promoter
        csat(product, 5, MONDAY);
        csat(product, 4, nextWeek);
        csat(product, 4, nextWeek);
        review(product, "The export is terrible and broken", nextWeek);

        JsonPath report = report(product, "&from=2025-03-03&to=2025-03-16&granularity=week");
        // 2 promoters, 1 detractor of 4: 50% − 25%.
        assertThat(report.getDouble("total.nps")).isEqualTo(25.0);
        assertThat(report.getInt("total.passives")).isEqualTo(1);
        assertThat(report.getDouble("total.csat.average")).isEqualTo(4.33);
        assertThat(report.getInt("total.csat.distribution.'4'")).isEqualTo(2);
        assertThat(report.getInt("total.csat.distribution.'5'")).isEqualTo(1);
        assertThat(report.getInt("total.csat.distribution.'1'")).isZero();
        assertThat(report.getList("periods")).hasSize(2);
        assertThat(report.getString("periods[0].start")).isEqualTo("2025-03-03T00:00:00Z");
        assertThat(report.getDouble("periods[0].figures.nps")).isEqualTo(0.0);
        assertThat(report.getDouble("periods[1].figures.nps")).isEqualTo(100.0);
        assertThat(report.getDouble("periods[1].figures.sentiment.average")).isNegative();
        assertThat(report.getInt("periods[1].figures.sentiment.negative")).isEqualTo(1);
    }

    @Test
    void monthlyPeriodsFollowTheCalendar() {
        UUID product = UUID.randomUUID();
        nps(product, 10, Instant.parse("2025-01-31T23:00:00Z"));
        nps(product, 0, Instant.parse("2025-02-01T01:00:00Z"));

        JsonPath report = report(product, "&from=2025-01-01&to=2025-02-28&granularity=month");
        assertThat(report.getList("periods")).hasSize(2);
        assertThat(report.getDouble("periods[0].figures.nps")).isEqualTo(100.0);
        assertThat(report.getDouble("periods[1].figures.nps")).isEqualTo(-100.0);
        assertThat(report.getDouble("total.nps")).isEqualTo(0.0);
    }
}
