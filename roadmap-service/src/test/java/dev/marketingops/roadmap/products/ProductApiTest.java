package dev.marketingops.roadmap.products;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asOtherTeamEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.Published;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Products: creation, listing, stage changes with their dates and LifecycleStageChanged events. */
@QuarkusTest
class ProductApiTest {

    @Test
    void aStageChangeIsRecordedWithItsDateAndPublishedInOrder() {
        UUID product = Api.createProduct();
        String etag = asViewer().get("/api/v1/products/" + product).then().statusCode(200).extract().header("ETag");

        asEditor().header("If-Match", etag).body(Map.of("stage", "GROWTH", "changedOn", "2026-05-01"))
                .post("/api/v1/products/" + product + "/stage")
                .then().statusCode(200)
                .body("stage", equalTo("GROWTH"))
                .body("stageHistory.stage", equalTo(List.of("INTRODUCTION", "GROWTH")))
                .body("stageHistory[1].changedOn", equalTo("2026-05-01"));

        List<DecodedEvent> events = Published.awaitEvents(Topics.ROADMAP_PRODUCTS, product.toString(), 2);
        assertThat(events).extracting(e -> e.payload()).containsExactly(
                new LifecycleStageChanged(product, null, LifecycleStage.INTRODUCTION, LocalDate.parse("2026-01-10"), Api.TEAM),
                new LifecycleStageChanged(product, LifecycleStage.INTRODUCTION, LifecycleStage.GROWTH, LocalDate.parse("2026-05-01"), Api.TEAM));
    }

    @Test
    void listIsPagedAndFilteredByStage() {
        UUID product = Api.createProduct();
        asViewer().queryParam("stage", "INTRODUCTION").queryParam("ownerTeam", Api.TEAM).queryParam("size", 200)
                .get("/api/v1/products")
                .then().statusCode(200)
                .body("items.id", hasItem(product.toString()))
                .body("size", equalTo(200));
        asViewer().queryParam("stage", "SHRINKING").get("/api/v1/products")
                .then().statusCode(400).body("errors[0].field", equalTo("stage"));
        asViewer().queryParam("size", 0).get("/api/v1/products").then().statusCode(400);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        UUID product = Api.createProduct();
        asEditor().body(Map.of("stage", "GROWTH")).post("/api/v1/products/" + product + "/stage").then().statusCode(200);

        asEditor().header("If-Match", "\"0\"").body(Map.of("stage", "MATURITY"))
                .post("/api/v1/products/" + product + "/stage")
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void badStageChangesAreExplained() {
        UUID product = Api.createProduct();
        asEditor().body(Map.of("stage", "INTRODUCTION")).post("/api/v1/products/" + product + "/stage")
                .then().statusCode(409).body("detail", containsString("already in stage INTRODUCTION"));
        asEditor().body(Map.of("stage", "GROWTH", "changedOn", "2025-12-31")).post("/api/v1/products/" + product + "/stage")
                .then().statusCode(422).body("errors[0].field", equalTo("changedOn"));
        asEditor().body(Map.of("name", "No stage", "ownerTeam", Api.TEAM)).post("/api/v1/products")
                .then().statusCode(400).body("errors[0].field", equalTo("stage"));
        asViewer().get("/api/v1/products/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aReadShowsTheProductWithItsWholeHistoryOldestFirstAsTheLastWriteAnsweredIt() {
        UUID product = Api.createProduct();
        asViewer().get("/api/v1/products/" + product).then().statusCode(200)
                .body("stageHistory.stage", equalTo(List.of("INTRODUCTION")))
                .body("stageHistory[0].previousStage", equalTo(null));
        asEditor().body(Map.of("stage", "GROWTH", "changedOn", "2026-05-01"))
                .post("/api/v1/products/" + product + "/stage").then().statusCode(200);
        Response written = asEditor().body(Map.of("stage", "MATURITY", "changedOn", "2026-09-01"))
                .post("/api/v1/products/" + product + "/stage").then().statusCode(200).extract().response();

        Response read = asViewer().get("/api/v1/products/" + product).then().statusCode(200)
                .body("stageHistory.stage", equalTo(List.of("INTRODUCTION", "GROWTH", "MATURITY")))
                .body("stageHistory.previousStage", equalTo(Arrays.asList(null, "INTRODUCTION", "GROWTH")))
                .body("stageHistory.changedOn", equalTo(List.of("2026-01-10", "2026-05-01", "2026-09-01")))
                .extract().response();
        assertThat(read.asString()).isEqualTo(written.asString());
        assertThat(read.header("ETag")).isEqualTo(written.header("ETag"));
    }

    @Test
    void anotherTeamCannotChangeTheStage() {
        UUID product = Api.createProduct();
        asOtherTeamEditor().body(Map.of("stage", "GROWTH")).post("/api/v1/products/" + product + "/stage")
                .then().statusCode(403).contentType("application/problem+json");
        asViewer().body(Map.of("stage", "GROWTH")).post("/api/v1/products/" + product + "/stage").then().statusCode(403);
    }
}
