package dev.marketingops.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.support.FeedbackApi;
import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.api.WriteFuzzer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Hostile input to every write operation of the OpenAPI document gets a 4xx problem+json, never a 5xx. */
@QuarkusTest
class WriteFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyWriteOperationAnswersHostileInputWithAProblemNeverA5xx() {
        String review = JsonMapper.builder().build().writeValueAsString(
                FeedbackApi.body("REVIEW", UUID.randomUUID(), "fuzz-customer"));
        WriteFuzzer.Report report = new WriteFuzzer(base, JwtTestResource.token(FeedbackApi.TEAM, "admin"))
                .pathValues((template, parameter) -> "customerRef".equals(parameter) ? "fuzz-customer" : null)
                .bodies((method, template) -> "/api/v1/feedback".equals(template) ? review
                        : "/api/v1/erasure-requests".equals(template) ? "{\"customerRef\":\"fuzz-customer\"}" : null)
                .run();
        System.out.printf("Fuzzed %d requests over %s, statuses %s%n", report.requests(), report.operations(), report.statuses());
        assertThat(report.operations()).contains("POST /api/v1/feedback", "POST /api/v1/erasure-requests",
                "DELETE /api/v1/customers/{customerRef}");
        assertThat(report.requests()).isGreaterThanOrEqualTo(2_000);
        assertThat(report.failures()).as(String.join("\n", report.failures())).isEmpty();
    }
}
