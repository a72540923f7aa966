package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A survey tool's CSV export is imported row by row, and the report says what became of each row and why. */
@QuarkusTest
class CsvImportTest {

    @Inject
    StoredFeedback stored;

    @Test
    void eachRowIsReportedAcceptedDuplicateOrRejectedWithTheReason() {
        UUID product = UUID.randomUUID();
        String key = "typeform-" + UUID.randomUUID();
        String csv = """
                type,score,rating,text,productId,channel,locale,submittedAt,customerRef,idempotencyKey
                NPS,9,,,%1$s,EMAIL,en,2025-03-01T10:00:00Z,c-1,%2$s
                CSAT,,5,"Quick, friendly ""support"" team",%1$s,WEB,en-GB,2025-03-01T11:00:00Z,c-2,
                REVIEW,,,"Multi-line
                review: call me on +44 20 7946 0958",%1$s,WEB,en,2025-03-02T09:00:00Z,c-3,
                NPS,11,,,%1$s,EMAIL,en,2025-03-01T10:00:00Z,c-4,
                REVIEW,,,,%1$s,WEB,en,2025-03-01T10:00:00Z,c-5,
                PRAISE,,,nice,%1$s,WEB,en,2025-03-01T10:00:00Z,c-6,
                CSAT,,4,,not-a-uuid,WEB,en,yesterday,c-7,
                NPS,9,,,%1$s,EMAIL,en,2025-03-01T10:00:00Z,c-1,%2$s
                REVIEW,,,Good, but cheap,%1$s,WEB,en,2025-03-01T10:00:00Z,c-8,
                """.formatted(product, key);

        JsonPath report = ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("rows")).isEqualTo(9);
        assertThat(report.getInt("accepted")).isEqualTo(3);
        assertThat(report.getInt("duplicates")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(5);
        assertThat(report.getList("results.outcome")).containsExactly(
                "ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "DUPLICATE", "REJECTED");
        assertThat(report.getList("results.line")).containsExactly(2, 3, 4, 6, 7, 8, 9, 10, 11);
        assertThat(report.getList("results[3].errors.field")).containsExactly("score");
        assertThat(report.getList("results[4].errors.field")).containsExactly("text");
        assertThat(report.getList("results[5].errors.field")).containsExactly("type");
        assertThat(report.getList("results[6].errors.field")).contains("productId", "submittedAt");
        assertThat(report.getList("results[8].errors.field")).containsExactly("row");
        assertThat(report.getString("results[7].feedbackId")).isEqualTo(report.getString("results[0].feedbackId"));

        assertThat(stored.aboutProduct(product)).isEqualTo(3);
        UUID review = UUID.fromString(report.getString("results[2].feedbackId"));
        assertThat(stored.textOf(review)).isEqualTo("Multi-line\nreview: call me on [phone]");
    }

    @Test
    void aRowSubmittedBefore2000OrMoreThanADayAheadIsRejectedNamingSubmittedAt() {
        UUID product = UUID.randomUUID();
        String csv = """
                type,score,rating,text,productId,channel,locale,submittedAt,customerRef,idempotencyKey
                NPS,9,,,%1$s,EMAIL,en,2093-06-01T00:00:00Z,c-1,
                NPS,8,,,%1$s,EMAIL,en,1999-12-31T23:59:59Z,c-2,
                NPS,7,,,%1$s,EMAIL,en,%2$s,c-3,
                NPS,6,,,%1$s,EMAIL,en,%3$s,c-4,
                """.formatted(product, FixedClock.NOW.plus(Duration.ofDays(1)).plusSeconds(1), FixedClock.RECENTLY);

        JsonPath report = ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("results.outcome")).containsExactly("REJECTED", "REJECTED", "REJECTED", "ACCEPTED");
        for (int row = 0; row < 3; row++) {
            assertThat(report.getList("results[" + row + "].errors.field")).containsExactly("submittedAt");
        }
        assertThat(stored.aboutProduct(product)).isEqualTo(1);
    }

    @Test
    void anIdInTheJdksShortUuidFormIsRejectedNotReadAsAnotherId() {
        String csv = """
                type,score,rating,text,productId,channel,locale,submittedAt,customerRef,idempotencyKey
                NPS,9,,,1-2-3-4-5,EMAIL,en,2025-03-01T10:00:00Z,c-9,
                """;
        JsonPath report = ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("results.outcome")).containsExactly("REJECTED");
        assertThat(report.getList("results[0].errors.field")).containsExactly("productId");
    }

    @Test
    void anUnclosedQuoteRefusesTheWholeFileNamingTheLineInsteadOfMergingTheLaterRows() {
        UUID product = UUID.randomUUID();
        String csv = """
                type,score,rating,text,productId,channel,locale,submittedAt,customerRef
                REVIEW,,,Fine,%1$s,WEB,en,2025-03-01T10:00:00Z,c-1
                REVIEW,,,"Great product,%1$s,WEB,en,2025-03-01T10:00:00Z,c-2
                REVIEW,,,Other customer,%1$s,WEB,en,2025-03-01T10:00:00Z,c-3
                REVIEW,,,Another one,%1$s,WEB,en,2025-03-01T10:00:00Z,c-4
                """.formatted(product);

        ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("line 3"));
        assertThat(stored.aboutProduct(product)).isZero();
    }

    @Test
    void aRepeatedColumnIsABadRequestNamingIt() {
        String csv = """
                type,score,channel,locale,customerRef,productId,Score
                NPS,9,WEB,en,c-1,%s,8
                """.formatted(UUID.randomUUID());
        ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import").then().statusCode(400)
                .body("errors[0].field", equalTo("header")).body("errors[0].message", containsString("'score' is repeated"));
    }

    @Test
    void anUnusableIdempotencyKeyRejectsTheRowNamingItsColumn() {
        String csv = """
                type,score,productId,channel,locale,customerRef,idempotencyKey
                NPS,9,%s,WEB,en,c-1,%s
                """.formatted(UUID.randomUUID(), "k".repeat(201));
        ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import").then().statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].errors.field", contains("idempotencyKey"));
    }

    @Test
    void aFileWithoutUsableHeaderIsABadRequestNamingIt() {
        ingest().contentType("text/csv").body("").post("/api/v1/feedback/import").then().statusCode(400)
                .body("errors.field", hasItem("header"));
        ingest().contentType("text/csv").body("type,colour\nNPS,red\n").post("/api/v1/feedback/import").then().statusCode(400)
                .body("errors.field", hasItem("header"));
    }
}
