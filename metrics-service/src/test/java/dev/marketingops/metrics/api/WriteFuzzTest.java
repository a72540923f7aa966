package dev.marketingops.metrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.api.WriteFuzzer;
import dev.marketingops.metrics.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to every write operation of the OpenAPI document gets a 4xx problem+json, never a 5xx.
 * It runs in its own application, after the module's other tests (Quarkus orders tests with a profile last): what the
 * fuzzer gets accepted into marketing.activity must not stall the counting the other tests check.
 */
@QuarkusTest
@TestProfile(WriteFuzzTest.Fuzzing.class)
class WriteFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyWriteOperationAnswersHostileInputWithAProblemNeverA5xx() {
        UUID campaign = UUID.randomUUID();
        String activity = "{\"events\":[{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"SPEND\","
                + "\"amount\":12.5,\"currency\":\"EUR\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"AWARENESS\"}]}";
        Map<String, String> paths = Map.of("scope", "campaign", "scopeId", campaign.toString(), "kpiKey", "conversions");
        WriteFuzzer.Report report = new WriteFuzzer(base, JwtTestResource.token(Api.TEAM, "admin"))
                .pathValues((template, parameter) -> paths.get(parameter))
                .bodies((method, template) -> template.startsWith("/api/v1/activity") ? activity
                        : "{\"direction\":\"INCREASE\",\"target\":100,\"baseline\":1,\"dueDate\":\"2026-12-31\"}")
                .run();
        System.out.printf("Fuzzed %d requests over %s, statuses %s%n", report.requests(), report.operations(), report.statuses());
        assertThat(report.operations()).contains("POST /api/v1/activity", "PUT /api/v1/targets/{scope}/{scopeId}/{kpiKey}");
        assertThat(report.requests()).isGreaterThanOrEqualTo(2_000);
        assertThat(report.failures()).as(String.join("\n", report.failures())).isEmpty();
    }

    /** Its own application start (and database), ordered after the module's tests without a profile. */
    public static class Fuzzing implements QuarkusTestProfile {
    }
}
