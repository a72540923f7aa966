package dev.marketingops.roadmap.security;

import static dev.marketingops.roadmap.support.Api.asAdmin;
import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asOtherTeamEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writes are for roadmap editors of the owner team, or admins; everybody with a role may read. */
@QuarkusTest
class OwnerTeamTest {

    @Test
    void anEditorOfAnotherTeamIsRefusedOnEveryWrite() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");

        asOtherTeamEditor().body(Api.item("LAUNCH", "2026-03-01", "2026-06-30")).put("/api/v1/items/" + fixture.itemId())
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("'brand'"));
        asOtherTeamEditor().body(Map.of("status", "IN_PROGRESS")).post("/api/v1/items/" + fixture.itemId() + "/status")
                .then().statusCode(403);
        asOtherTeamEditor().post("/api/v1/launches/" + launch + "/schedule").then().statusCode(403);
        asOtherTeamEditor().body(Map.of("kpiKey", "clicks", "direction", "INCREASE", "baseline", 0, "target", 10, "dueDate", "2099-01-01"))
                .post("/api/v1/items/" + fixture.itemId() + "/objectives").then().statusCode(403);
        asOtherTeamEditor().body(Api.item("INITIATIVE", "2026-03-01", "2026-06-30"))
                .post("/api/v1/roadmaps/" + fixture.roadmapId() + "/items").then().statusCode(403);
        asOtherTeamEditor().body(Api.launch(fixture.itemId(), "2026-04-02")).post("/api/v1/launches").then().statusCode(403);
        asOtherTeamEditor().body(Map.of("name", "Taken over", "growthTarget", Map.of("amount", 1, "currency", "EUR")))
                .put("/api/v1/roadmaps/" + fixture.roadmapId()).then().statusCode(403);
        asOtherTeamEditor().body(Map.of("stage", "DECLINE")).post("/api/v1/products/" + fixture.productId() + "/stage")
                .then().statusCode(403);
        asOtherTeamEditor().body(Map.of("name", "Not ours", "ownerTeam", Api.TEAM, "stage", "GROWTH")).post("/api/v1/products")
                .then().statusCode(403);
        asViewer().get("/api/v1/launches/" + launch).then().statusCode(200).body("status", equalTo("PLANNED"));
    }

    @Test
    void anEditorOfAnotherTeamCannotAddItsOwnItemToTheRoadmapOfAnotherTeam() {
        LaunchFixture fixture = LaunchFixture.create();
        var ownItem = Api.item("INITIATIVE", "2026-03-01", "2026-06-30");
        ownItem.put("ownerTeam", Api.OTHER_TEAM);

        asOtherTeamEditor().body(ownItem).post("/api/v1/roadmaps/" + fixture.roadmapId() + "/items")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("'" + Api.TEAM + "'"));
        asAdmin().body(ownItem).post("/api/v1/roadmaps/" + fixture.roadmapId() + "/items").then().statusCode(201);
    }

    @Test
    void anEditorOfAnotherTeamCannotPutItsRoadmapUnderTheProductOfAnotherTeam() {
        UUID product = Api.createProduct();
        Map<String, Object> squatter = new java.util.HashMap<>(Api.roadmap(product, 2031));
        squatter.put("ownerTeam", Api.OTHER_TEAM);

        asOtherTeamEditor().body(squatter).post("/api/v1/roadmaps").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("'" + Api.TEAM + "'"));
        asEditor().body(Api.roadmap(product, 2031)).post("/api/v1/roadmaps").then().statusCode(201);
    }

    @Test
    void anAdminMayWriteForAnyTeamAndAViewerMayOnlyRead() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        asViewer().post("/api/v1/launches/" + launch + "/schedule").then().statusCode(403);
        asViewer().get("/api/v1/launches/" + launch).then().statusCode(200);
        asAdmin().body("{}").post("/api/v1/launches/" + launch + "/schedule").then().statusCode(200);
        given().get("/api/v1/launches/" + launch).then().statusCode(401);
    }
}
