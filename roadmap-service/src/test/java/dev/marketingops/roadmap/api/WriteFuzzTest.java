package dev.marketingops.roadmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.api.WriteFuzzer;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Hostile input to every write operation of the OpenAPI document gets a 4xx problem+json, never a 5xx. */
@QuarkusTest
class WriteFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyWriteOperationAnswersHostileInputWithAProblemNeverA5xx() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-15");
        String objective = Api.asEditor().body(objective()).post("/api/v1/items/" + fixture.itemId() + "/objectives")
                .then().statusCode(201).extract().path("id");
        Map<String, String> bodies = Map.of(
                "/api/v1/products", json(Map.of("name", "Fuzzed product", "ownerTeam", Api.TEAM, "stage", "INTRODUCTION",
                        "stageChangedOn", "2026-01-10")),
                "/api/v1/products/{id}/stage", json(Map.of("stage", "GROWTH", "changedOn", "2026-06-01")),
                "/api/v1/roadmaps", json(Api.roadmap(fixture.productId(), 2027)),
                "/api/v1/roadmaps/{id}", json(Map.of("name", "Renamed", "growthTarget", Map.of("amount", 10, "currency", "EUR"))),
                "/api/v1/roadmaps/{id}/items", json(Api.item("LAUNCH", "2026-03-01", "2026-06-30")),
                "/api/v1/items/{id}", json(Api.item("LAUNCH", "2026-03-01", "2026-06-30")),
                "/api/v1/items/{id}/status", json(Map.of("status", "IN_PROGRESS")),
                "/api/v1/launches", json(Api.launch(fixture.itemId(), "2026-04-20")),
                "/api/v1/launches/{id}/reschedule", json(Map.of("launchDate", "2026-06-20", "reason", "later")),
                "/api/v1/launches/{id}/cancel", json(Map.of("reason", "fuzz")));
        WriteFuzzer.Report report = new WriteFuzzer(base, JwtTestResource.token(Api.TEAM, "admin"))
                .pathValues((template, parameter) -> {
                    if ("objectiveId".equals(parameter)) {
                        return objective;
                    }
                    if (template.startsWith("/api/v1/products/")) {
                        return fixture.productId().toString();
                    }
                    if (template.startsWith("/api/v1/roadmaps/")) {
                        return fixture.roadmapId().toString();
                    }
                    if (template.startsWith("/api/v1/items/")) {
                        return fixture.itemId().toString();
                    }
                    return template.startsWith("/api/v1/launches/") ? launch.toString() : null;
                })
                .bodies((method, template) -> template.contains("/objectives") ? json(objective()) : bodies.get(template))
                .run();
        System.out.printf("Fuzzed %d requests over %s, statuses %s%n", report.requests(), report.operations(), report.statuses());
        assertThat(report.operations()).contains("POST /api/v1/products", "POST /api/v1/launches/{id}/cancel");
        assertThat(report.requests()).isGreaterThanOrEqualTo(2_000);
        assertThat(report.failures()).as(String.join("\n", report.failures())).isEmpty();
    }

    private static Map<String, Object> objective() {
        return Map.of("kpiKey", "conversions", "direction", "INCREASE", "baseline", 0, "target", 5000,
                "startDate", "2026-04-01", "dueDate", "2026-06-30");
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }
}
