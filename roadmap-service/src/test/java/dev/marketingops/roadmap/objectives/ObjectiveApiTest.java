package dev.marketingops.roadmap.objectives;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.Published;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Objectives: set, changed against their ETag and dropped, each change published as ObjectiveChanged. */
@QuarkusTest
class ObjectiveApiTest {

    private UUID item;

    @BeforeEach
    void newItem() {
        item = Api.createItem(Api.createRoadmap(Api.createProduct()), Api.item("INITIATIVE", "2026-01-01", "2026-12-31"));
    }

    private static Map<String, Object> objective(String kpi, String direction, Object baseline, Object target) {
        Map<String, Object> body = new HashMap<>();
        body.put("kpiKey", kpi);
        body.put("direction", direction);
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("startDate", "2026-01-01");
        body.put("dueDate", "2026-12-31");
        return body;
    }

    @Test
    void createUpdateAndDeleteArePublishedInOrder() {
        String path = "/api/v1/items/" + item + "/objectives";
        UUID id = Api.id(asEditor().body(objective("revenue", "INCREASE", 1000, 250000)).post(path)
                .then().statusCode(201)
                .body("progress.status", equalTo("ON_TRACK"))
                .body("progress.actual", nullValue())
                .extract().path("id"));
        String etag = asViewer().get(path + "/" + id).then().statusCode(200).extract().header("ETag");
        String target = asEditor().header("If-Match", etag).body(objective("revenue", "INCREASE", 1000, 300000)).put(path + "/" + id)
                .then().statusCode(200).extract().jsonPath().getString("target");
        assertThat(new BigDecimal(target)).isEqualByComparingTo("300000");
        asViewer().queryParam("kpiKey", "revenue").get(path).then().statusCode(200).body("id", equalTo(List.of(id.toString())));
        asViewer().queryParam("kpiKey", "clicks").get(path).then().statusCode(200).body("size()", equalTo(0));
        asViewer().queryParam("kpiKey", "likes").get(path).then().statusCode(400).body("errors[0].field", equalTo("kpiKey"));
        asEditor().header("If-Match", etag).delete(path + "/" + id).then().statusCode(412);
        asEditor().delete(path + "/" + id).then().statusCode(204);
        asViewer().get(path).then().statusCode(200).body("size()", equalTo(0));

        List<DecodedEvent> events = Published.awaitEvents(Topics.ROADMAP_LAUNCHES, item.toString(), 3);
        assertThat(events).extracting(e -> ((ObjectiveChanged) e.payload()).change())
                .containsExactly(ObjectiveChange.CREATED, ObjectiveChange.UPDATED, ObjectiveChange.DELETED);
        ObjectiveChanged deleted = (ObjectiveChanged) events.get(2).payload();
        assertThat(deleted.objectiveId()).isEqualTo(id);
        assertThat(deleted.launchId()).isNull();
        assertThat(deleted.target()).isEqualByComparingTo("300000");
    }

    @Test
    void aTargetOnTheWrongSideOfTheBaselineIsUnprocessable() {
        String path = "/api/v1/items/" + item + "/objectives";
        asEditor().body(objective("conversions", "INCREASE", 100, 100)).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("target")).body("detail", containsString("above the baseline"));
        asEditor().body(objective("cpa", "DECREASE", 20, 30)).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("target")).body("detail", containsString("below the baseline"));
    }

    @Test
    void aValueOutsideTheKpisRangeIsUnprocessableNamingTheField() {
        // The same ranges as metrics' targets (contracts' KpiKey): an NPS of 1000 or a CTR of 2 can never be reached.
        String path = "/api/v1/items/" + item + "/objectives";
        asEditor().body(objective("nps", "INCREASE", 10, 1000)).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("target")).body("detail", containsString("between -100 and 100"));
        asEditor().body(objective("ctr", "INCREASE", 0.02, 2)).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("target"));
        asEditor().body(objective("csat", "INCREASE", 0, 4)).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("baseline"));
        asEditor().body(objective("nps", "INCREASE", -20, 30)).post(path).then().statusCode(201);
    }

    @Test
    void badDatesUnknownKpisAndUnknownObjectivesAreExplained() {
        String path = "/api/v1/items/" + item + "/objectives";
        Map<String, Object> early = objective("clicks", "INCREASE", 0, 10);
        early.put("dueDate", "2026-01-01");
        asEditor().body(early).post(path).then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        asEditor().body(objective("likes", "INCREASE", 0, 10)).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("kpiKey"));
        asViewer().get(path + "/" + UUID.randomUUID()).then().statusCode(404);
        asEditor().body(objective("clicks", "INCREASE", 0, 10)).post("/api/v1/items/" + UUID.randomUUID() + "/objectives")
                .then().statusCode(404);
    }
}
