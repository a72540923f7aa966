package dev.marketingops.roadmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.api.CheckedApi;
import dev.marketingops.infra.api.OpenApiDocument;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Real answers, successes and errors alike, match the OpenAPI document the service serves. */
@QuarkusTest
class OpenApiResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestHTTPResource("/")
    URI base;

    @Test
    void successAndErrorAnswersMatchTheDocument() {
        CheckedApi api = new CheckedApi(base);
        String editor = JwtTestResource.token(Api.TEAM, "roadmap-editor");
        LaunchFixture fixture = LaunchFixture.create();
        String item = "/api/v1/items/" + fixture.itemId();
        String roadmap = "/api/v1/roadmaps/" + fixture.roadmapId();
        assertThat(api.call("GET", "/api/v1/products?size=5", editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/products/" + fixture.productId(), editor, null).status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/products/" + fixture.productId() + "/stage", editor,
                "{\"stage\":\"GROWTH\",\"changedOn\":\"2026-06-01\"}").status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/roadmaps", editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", roadmap, editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", roadmap + "/items", editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", roadmap + "/timeline", editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", roadmap + "/conflicts", editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", item, editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", item + "/insights", editor, null).status()).isEqualTo(200);
        CheckedApi.Answer objective = api.call("POST", item + "/objectives", editor, JSON.writeValueAsString(Map.of(
                "kpiKey", "conversions", "direction", "INCREASE", "baseline", 0, "target", 5000, "startDate", "2026-04-01",
                "dueDate", "2026-06-30")));
        assertThat(objective.status()).isEqualTo(201);
        assertThat(api.call("GET", item + "/objectives", editor, null).status()).isEqualTo(200);
        assertThat(api.call("GET", item + "/objectives/" + objective.json("/id"), editor, null).status()).isEqualTo(200);
        CheckedApi.Answer launch = api.call("POST", "/api/v1/launches", editor,
                JSON.writeValueAsString(Api.launch(fixture.itemId(), "2026-04-15")));
        assertThat(launch.status()).isEqualTo(201);
        assertThat(api.call("GET", "/api/v1/launches/" + launch.json("/id"), editor, null).status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/launches/" + launch.json("/id") + "/schedule", editor, null).status()).isEqualTo(200);

        assertThat(api.call("POST", "/api/v1/products", editor, "{\"name\":true}").status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/launches?page=2147483647", editor, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/items/" + UUID.randomUUID(), editor, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/products", null, null).status()).isEqualTo(401);
        assertThat(api.call("POST", "/api/v1/launches/" + launch.json("/id") + "/complete", editor, null).status()).isEqualTo(409);
        assertThat(api.call("PUT", item, editor, JSON.writeValueAsString(Api.item("LAUNCH", "2026-03-01", "2026-06-30")),
                "If-Match", "\"999\"").status()).isEqualTo(412);
        assertThat(api.call("POST", roadmap + "/items", editor,
                JSON.writeValueAsString(Api.item("INITIATIVE", "0001-01-01", "9999-12-30"))).status()).isEqualTo(422);
        assertThat(api.call("GET", roadmap + "/timeline?granularity=week", editor, null).status()).isEqualTo(400);

        assertThat(api.violations()).as(String.join("\n", api.violations())).isEmpty();
    }

    @Test
    void staleIfMatchAndBrokenRuleAnswersOfEveryWriteMatchTheDocument() {
        CheckedApi api = new CheckedApi(base);
        String editor = JwtTestResource.token(Api.TEAM, "roadmap-editor");
        LaunchFixture fixture = LaunchFixture.create();
        String item = "/api/v1/items/" + fixture.itemId();
        String launch = "/api/v1/launches/" + Api.createLaunch(fixture.itemId(), "2026-04-15");
        String objective = item + "/objectives/"
                + Api.createObjective(fixture.itemId(), "conversions", "INCREASE", 0, 5000, "2026-04-01", "2026-06-30");
        String stale = "\"999\"";
        String objectiveBody = JSON.writeValueAsString(Map.of("kpiKey", "conversions", "direction", "INCREASE", "baseline", 0,
                "target", 6000, "startDate", "2026-04-01", "dueDate", "2026-06-30"));
        Map<String, String> writes = new LinkedHashMap<>(); // operation → body, null for none
        writes.put("POST /api/v1/products/" + fixture.productId() + "/stage", "{\"stage\":\"GROWTH\"}");
        writes.put("PUT /api/v1/roadmaps/" + fixture.roadmapId(),
                "{\"name\":\"Stale\",\"growthTarget\":{\"amount\":1,\"currency\":\"EUR\"}}");
        writes.put("POST " + item + "/status", "{\"status\":\"IN_PROGRESS\"}");
        writes.put("PUT " + objective, objectiveBody);
        writes.put("DELETE " + objective, null);
        writes.put("POST " + launch + "/schedule", null);
        writes.put("POST " + launch + "/reschedule", "{\"launchDate\":\"2026-06-20\",\"reason\":\"later\"}");
        writes.put("POST " + launch + "/launch", null);
        writes.put("POST " + launch + "/cancel", "{\"reason\":\"stale\"}");
        writes.put("POST " + launch + "/complete", null);
        for (Map.Entry<String, String> write : writes.entrySet()) {
            String[] call = write.getKey().split(" ", 2);
            assertThat(api.call(call[0], call[1], editor, write.getValue(), "If-Match", stale).status())
                    .as(write.getKey()).isEqualTo(412);
        }
        // A rule of the objective itself: an INCREASE target below its baseline.
        assertThat(api.call("PUT", objective, editor, JSON.writeValueAsString(Map.of("kpiKey", "conversions",
                "direction", "INCREASE", "baseline", 100, "target", 50, "startDate", "2026-04-01", "dueDate", "2026-06-30")))
                .status()).isEqualTo(422);

        assertThat(api.violations()).as(String.join("\n", api.violations())).isEmpty();
    }

    @Test
    void everyErrorAnswerIsDocumentedAsProblemJson() {
        // ProblemOpenApi (service-plumbing) documents them; the resources name only status and description.
        assertThat(OpenApiDocument.fetch(base).errorsWithoutProblem("/api/")).isEmpty();
    }
}
