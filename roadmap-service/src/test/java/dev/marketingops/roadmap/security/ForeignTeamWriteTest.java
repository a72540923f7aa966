package dev.marketingops.roadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.ForeignTeamWalk;
import dev.marketingops.infra.ForeignTeamWalk.Call;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every write operation in roadmap's OpenAPI document refuses an editor of another team (walked from /q/openapi). */
@QuarkusTest
class ForeignTeamWriteTest {

    @Test
    void everyWriteOperationRefusesAnotherTeam() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        UUID objective = Api.id(Api.asEditor().body(objective()).post("/api/v1/items/" + fixture.itemId() + "/objectives")
                .then().statusCode(201).extract().path("id"));
        String item = "/api/v1/items/" + fixture.itemId();
        String launches = "/api/v1/launches/" + launch;
        Map<String, Object> foreignItem = Api.item("INITIATIVE", "2026-03-01", "2026-06-30");
        foreignItem.put("ownerTeam", Api.OTHER_TEAM);
        Map<String, Object> foreignRoadmap = new java.util.HashMap<>(Api.roadmap(fixture.productId(), 2028));
        foreignRoadmap.put("ownerTeam", Api.OTHER_TEAM);

        List<ForeignTeamWalk.Operation> walked = new ForeignTeamWalk(URI.create("http://localhost:" + RestAssured.port),
                Api.TEAM, Api.OTHER_TEAM)
                .owned("POST /api/v1/products", () -> List.of(Call.of("/api/v1/products",
                        Map.of("name", "Not ours", "ownerTeam", Api.TEAM, "stage", "GROWTH"))))
                .owned("POST /api/v1/products/{id}/stage", () -> List.of(Call.of(
                        "/api/v1/products/" + fixture.productId() + "/stage", Map.of("stage", "DECLINE"))))
                // Both: a roadmap for the product's team, and one the foreign team would own itself under that product.
                .owned("POST /api/v1/roadmaps", () -> List.of(Call.of("/api/v1/roadmaps", Api.roadmap(fixture.productId(), 2027)),
                        Call.of("/api/v1/roadmaps", foreignRoadmap)))
                .owned("PUT /api/v1/roadmaps/{id}", () -> List.of(Call.of("/api/v1/roadmaps/" + fixture.roadmapId(),
                        Map.of("name", "Taken over", "growthTarget", Map.of("amount", 1, "currency", "EUR")))))
                // Both: an item for the roadmap's team, and one the foreign team would own itself.
                .owned("POST /api/v1/roadmaps/{id}/items", () -> List.of(
                        Call.of("/api/v1/roadmaps/" + fixture.roadmapId() + "/items", Api.item("INITIATIVE", "2026-03-01", "2026-06-30")),
                        Call.of("/api/v1/roadmaps/" + fixture.roadmapId() + "/items", foreignItem)))
                .owned("PUT /api/v1/items/{id}", () -> List.of(Call.of(item, Api.item("LAUNCH", "2026-03-01", "2026-06-30"))))
                .owned("POST /api/v1/items/{id}/status", () -> List.of(Call.of(item + "/status", Map.of("status", "IN_PROGRESS"))))
                .owned("POST /api/v1/items/{id}/objectives", () -> List.of(Call.of(item + "/objectives", objective())))
                .owned("PUT /api/v1/items/{id}/objectives/{objectiveId}", () -> List.of(
                        Call.of(item + "/objectives/" + objective, objective())))
                .owned("DELETE /api/v1/items/{id}/objectives/{objectiveId}", () -> List.of(
                        Call.of(item + "/objectives/" + objective)))
                .owned("POST /api/v1/launches", () -> List.of(Call.of("/api/v1/launches",
                        Api.launch(fixture.itemId(), "2026-04-02"))))
                .owned("POST /api/v1/launches/{id}/schedule", () -> List.of(Call.of(launches + "/schedule")))
                .owned("POST /api/v1/launches/{id}/reschedule", () -> List.of(Call.of(launches + "/reschedule",
                        Map.of("launchDate", "2026-06-20", "reason", "moved by another team"))))
                .owned("POST /api/v1/launches/{id}/launch", () -> List.of(Call.of(launches + "/launch")))
                .owned("POST /api/v1/launches/{id}/cancel", () -> List.of(Call.of(launches + "/cancel",
                        Map.of("reason", "cancelled by another team"))))
                .owned("POST /api/v1/launches/{id}/complete", () -> List.of(Call.of(launches + "/complete")))
                .run();

        assertThat(walked).hasSizeGreaterThanOrEqualTo(16);
        Api.asViewer().get(launches).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PLANNED"));
    }

    private static Map<String, Object> objective() {
        return Map.of("kpiKey", "clicks", "direction", "INCREASE", "baseline", 0, "target", 10, "dueDate", "2099-01-01");
    }
}
