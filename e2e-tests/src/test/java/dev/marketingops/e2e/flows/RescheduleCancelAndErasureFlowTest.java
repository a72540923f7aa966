package dev.marketingops.e2e.flows;

import static dev.marketingops.e2e.support.Api.campaign;
import static dev.marketingops.e2e.support.Api.feedback;
import static dev.marketingops.e2e.support.Api.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Latencies;
import dev.marketingops.e2e.support.SampleCompany;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Flow 4: rescheduling moves the drafts, cancelling cancels them, and erasure leaves no personal data. */
class RescheduleCancelAndErasureFlowTest {

    @Test
    void aRescheduleShiftsTheDraftsAndACancelCancelsThem() {
        SampleCompany company = SampleCompany.create();
        String launch = company.launch(company.launchItem(List.of("DISPLAY"), 10));
        company.schedule(launch);
        String before = await().atMost(Duration.ofSeconds(20)).until(
                () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract().jsonPath()
                        .getString("items[0].schedule.start"), start -> start != null);

        long moved = System.nanoTime();
        roadmap("roadmap-editor").body(Map.of("launchDate", LocalDate.now().plusDays(21).toString(), "reason", "e2e: one week later"))
                .post("/api/v1/launches/" + launch + "/reschedule").then().statusCode(200);
        String after = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(
                () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract().jsonPath()
                        .getString("items[0].schedule.start"), start -> start != null && !start.equals(before));
        Latencies.record("launch rescheduled -> drafts moved", (System.nanoTime() - moved) / 1_000_000);
        assertThat(Duration.between(Instant.parse(before), Instant.parse(after))).isEqualTo(Duration.ofDays(7));

        long cancelled = System.nanoTime();
        roadmap("roadmap-editor").body(Map.of("reason", "e2e: market closed")).post("/api/v1/launches/" + launch + "/cancel")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(
                () -> campaign("viewer").queryParam("launchId", launch).get("/api/v1/campaigns").then().extract().jsonPath()
                        .getString("items[0].status"), "CANCELLED"::equals);
        Latencies.record("launch cancelled -> drafts cancelled", (System.nanoTime() - cancelled) / 1_000_000);
    }

    @Test
    void erasureLeavesNoFeedbackForTheCustomer() {
        String customer = "erase-me-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            feedback("tool-ingest").body(Map.of("type", "REVIEW", "rating", 2, "text", "Call me on +49 170 1234567, slow export",
                            "channel", "WEB", "locale", "en", "customerRef", customer,
                            "subject", Map.of("productId", java.util.UUID.randomUUID().toString())))
                    .post("/api/v1/feedback").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        }
        long erased = System.nanoTime();
        String requestId = feedback("privacy-officer").body(Map.of("customerRef", customer)).post("/api/v1/erasure-requests")
                .then().statusCode(202).body("erasedFeedback", org.hamcrest.Matchers.is(3))
                .body("status", org.hamcrest.Matchers.is("PENDING")).extract().path("requestId");
        // Erasing again finds nothing: the customer's feedback is gone, not hidden.
        feedback("privacy-officer").body(Map.of("customerRef", customer)).post("/api/v1/erasure-requests").then()
                .statusCode(202).body("erasedFeedback", org.hamcrest.Matchers.is(0));
        Latencies.record("erasure requested -> nothing left", (System.nanoTime() - erased) / 1_000_000);

        // metrics erases the customer's touchpoints and says so (CustomerErasureCompleted): the request completes.
        List<String> services = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> feedback("privacy-officer").get("/api/v1/erasure-requests/" + requestId).then().statusCode(200)
                        .extract().jsonPath(), json -> "COMPLETED".equals(json.getString("status")))
                .getList("services.service");
        Latencies.record("erasure requested -> COMPLETED in every service", (System.nanoTime() - erased) / 1_000_000);
        assertThat(services).containsExactly("feedback", "metrics");
    }

    @AfterAll
    static void printLatencies() {
        Latencies.print();
    }
}
