package dev.marketingops.roadmap.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue #11 get a 4xx problem+json naming the field, never a 500 or a bare status. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void overflowingPagesAreA400NamingThePage() {
        for (String list : new String[] {"/api/v1/products", "/api/v1/roadmaps", "/api/v1/launches"}) {
            for (String page : new String[] {"2147483647", "3000000000"}) {
                Api.asViewer().get(list + "?page=" + page).then().statusCode(400).contentType(startsWith(PROBLEM))
                        .body("errors.field", hasItem("page"));
            }
        }
        UUID roadmap = Api.createRoadmap(Api.createProduct());
        Api.asViewer().get("/api/v1/roadmaps/" + roadmap + "/items?page=2147483647&size=200")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("page"));
    }

    @Test
    void aBooleanIsNotAProductName() {
        Api.asEditor().body(Map.of("name", true, "ownerTeam", Api.TEAM, "stage", "INTRODUCTION"))
                .post("/api/v1/products").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void duplicateKeysAreA400NamingTheKey() {
        LaunchFixture fixture = LaunchFixture.create();
        Api.asEditor().body("{\"status\":\"IN_PROGRESS\",\"status\":\"DONE\"}").post("/api/v1/items/" + fixture.itemId() + "/status")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("status"));
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-15");
        Api.asEditor().body("{\"reason\":\"a\",\"reason\":\"b\"}").post("/api/v1/launches/" + launch + "/cancel")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("reason"));
        Api.asViewer().get("/api/v1/launches/" + launch).then().statusCode(200).body("status", is("PLANNED"));
    }

    @Test
    void aNulCharacterOrAnOutOfRangeDateIsRefusedByName() {
        Api.asEditor().body(Map.of("name", "Acme\u0000", "ownerTeam", Api.TEAM, "stage", "INTRODUCTION"))
                .post("/api/v1/products").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("name"));
        Api.asEditor().body(Map.of("name", "Acme", "ownerTeam", Api.TEAM, "stage", "INTRODUCTION", "stageChangedOn", "+999999-01-01"))
                .post("/api/v1/products").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("stageChangedOn"));
    }

    @Test
    void aFiveThousandCharacterIdIsA400NamingIt() {
        // Not a UUID, so the path parameter cannot be read: plumbing answers 400 naming it (JAX-RS alone says 404).
        Api.asViewer().get("/api/v1/products/" + "7".repeat(5_000)).then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("id"));
    }
}
