package dev.marketingops.roadmap.items;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.marketingops.roadmap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roadmap items: creation, listing, replanning with If-Match, status transitions and bad input. */
@QuarkusTest
class ItemApiTest {

    private UUID roadmap;

    @BeforeEach
    void newRoadmap() {
        roadmap = Api.createRoadmap(Api.createProduct());
    }

    @Test
    void anItemIsCreatedListedAndReplannedAgainstItsETag() {
        UUID item = Api.createItem(roadmap, Api.item("INITIATIVE", "2026-02-01", "2026-04-30"));
        asViewer().queryParam("type", "INITIATIVE").get("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(200).body("items.id", hasItem(item.toString()));
        asViewer().queryParam("type", "LAUNCH").get("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(200).body("items.id", not(hasItem(item.toString())));
        String etag = asViewer().get("/api/v1/items/" + item).then().statusCode(200)
                .body("channels", equalTo(List.of("EMAIL", "SOCIAL")))
                .body("status", equalTo("PLANNED"))
                .extract().header("ETag");

        Map<String, Object> replan = Api.item("INITIATIVE", "2026-02-01", "2026-05-31");
        replan.put("channels", List.of("PRINT", "EVENT"));
        asEditor().header("If-Match", etag).body(replan).put("/api/v1/items/" + item)
                .then().statusCode(200).body("endDate", equalTo("2026-05-31")).body("channels", equalTo(List.of("PRINT", "EVENT")));
        asEditor().header("If-Match", etag).body(replan).put("/api/v1/items/" + item)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void endBeforeStartIsUnprocessable() {
        asEditor().body(Api.item("INITIATIVE", "2026-05-01", "2026-04-30")).post("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", containsString("before startDate"));
    }

    @Test
    void datesFarFromTheFiscalYearAreUnprocessableNamingTheirField() {
        // The roadmap is for 2026: items may run from 2024-01-01 to 2028-12-31.
        Api.createItem(roadmap, Api.item("INITIATIVE", "2024-01-01", "2028-12-31"));
        asEditor().body(Api.item("INITIATIVE", "0001-01-01", "9999-12-30")).post("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("startDate", "endDate"))
                .body("errors[0].message", containsString("2024-01-01 and 2028-12-31"));
        asEditor().body(Api.item("INITIATIVE", "2023-12-31", "2026-03-01")).post("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(422).body("errors.field", contains("startDate"));

        UUID item = Api.createItem(roadmap, Api.item("INITIATIVE", "2026-02-01", "2026-04-30"));
        String etag = asViewer().get("/api/v1/items/" + item).then().extract().header("ETag");
        asEditor().header("If-Match", etag).body(Api.item("INITIATIVE", "2026-02-01", "2029-01-01")).put("/api/v1/items/" + item)
                .then().statusCode(422).body("errors.field", contains("endDate"))
                .body("errors[0].message", containsString("fiscal year 2026"));
        asViewer().get("/api/v1/items/" + item).then().statusCode(200).body("endDate", equalTo("2026-04-30"));
    }

    @Test
    void unknownRoadmapIsNotFoundAndUnknownChannelIsABadRequest() {
        asEditor().body(Api.item("INITIATIVE", "2026-01-01", "2026-02-01")).post("/api/v1/roadmaps/" + UUID.randomUUID() + "/items")
                .then().statusCode(404).body("detail", containsString("Roadmap"));
        Map<String, Object> body = Api.item("INITIATIVE", "2026-01-01", "2026-02-01");
        body.put("channels", List.of("TELEPATHY"));
        asEditor().body(body).post("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(400).body("errors[0].field", containsString("channels"));
        asViewer().queryParam("status", "SOMEDAY").get("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void statusMovesForwardAndAnIllegalStepListsTheAllowedOnes() {
        UUID item = Api.createItem(roadmap, Api.item("IMPROVEMENT", "2026-02-01", "2026-04-30"));
        asEditor().body(Map.of("status", "DONE")).post("/api/v1/items/" + item + "/status")
                .then().statusCode(409)
                .body("allowed", equalTo(List.of("IN_PROGRESS", "CANCELLED")))
                .body("detail", containsString("PLANNED"));
        asEditor().body(Map.of("status", "IN_PROGRESS")).post("/api/v1/items/" + item + "/status").then().statusCode(200);
        asEditor().body(Map.of("status", "DONE")).post("/api/v1/items/" + item + "/status")
                .then().statusCode(200).body("status", equalTo("DONE"));
        asEditor().body(Map.of("status", "CANCELLED")).post("/api/v1/items/" + item + "/status")
                .then().statusCode(409).body("detail", containsString("allowed from DONE: none"));
    }

    @Test
    void aPortfolioItemMustNameItsProduct() {
        Map<String, Object> portfolio = new HashMap<>(Api.roadmap(Api.createProduct(), 2026));
        portfolio.remove("productId");
        portfolio.put("portfolio", "suite-" + UUID.randomUUID());
        UUID portfolioRoadmap = Api.id(asEditor().body(portfolio).post("/api/v1/roadmaps").then().statusCode(201).extract().path("id"));

        asEditor().body(Api.item("ASSESSMENT", "2026-01-01", "2026-02-01")).post("/api/v1/roadmaps/" + portfolioRoadmap + "/items")
                .then().statusCode(422).body("errors[0].field", equalTo("productId"));
        Map<String, Object> named = Api.item("ASSESSMENT", "2026-01-01", "2026-02-01");
        named.put("productId", UUID.randomUUID().toString());
        asEditor().body(named).post("/api/v1/roadmaps/" + portfolioRoadmap + "/items")
                .then().statusCode(422).body("detail", containsString("does not exist"));
    }
}
