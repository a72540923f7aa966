package dev.marketingops.roadmap.launches;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.FixedClock;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Launch creation and lifecycle answers: dates within the item, legal steps only, If-Match honoured. */
@QuarkusTest
class LaunchApiTest {

    @Test
    void aLaunchOnTheItemsFirstOrLastDayIsAcceptedAndADayOutsideIsNot() {
        LaunchFixture fixture = LaunchFixture.create();
        asEditor().body(Api.launch(fixture.itemId(), "2026-02-28")).post("/api/v1/launches")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("launchDate"))
                .body("detail", containsString("outside the item's dates 2026-03-01..2026-06-30"));
        asEditor().body(Api.launch(fixture.itemId(), "2026-07-01")).post("/api/v1/launches")
                .then().statusCode(422).body("errors[0].field", equalTo("launchDate"));
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-06-30");

        asViewer().get("/api/v1/launches/" + launch).then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("allowedActions", equalTo(List.of("schedule", "cancel")))
                .body("campaigns", equalTo(List.of()));
        asViewer().queryParam("itemId", fixture.itemId().toString()).get("/api/v1/launches")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(launch.toString()));
        asEditor().body(Api.launch(fixture.itemId(), "2026-03-01")).post("/api/v1/launches")
                .then().statusCode(409).body("detail", containsString("already has a launch"));
    }

    @Test
    void onlyLaunchItemsGetLaunches() {
        UUID roadmap = Api.createRoadmap(Api.createProduct());
        UUID initiative = Api.createItem(roadmap, Api.item("INITIATIVE", "2026-03-01", "2026-06-30"));
        asEditor().body(Api.launch(initiative, "2026-04-01")).post("/api/v1/launches")
                .then().statusCode(422).body("errors[0].field", equalTo("itemId")).body("detail", containsString("not a LAUNCH item"));
        asEditor().body(Api.launch(UUID.randomUUID(), "2026-04-01")).post("/api/v1/launches")
                .then().statusCode(422).body("errors[0].field", equalTo("itemId"));
        Map<String, Object> badTier = new HashMap<>(Api.launch(initiative, "2026-04-01"));
        badTier.put("tier", 4);
        asEditor().body(badTier).post("/api/v1/launches").then().statusCode(400).body("errors[0].field", equalTo("tier"));
    }

    @Test
    void anIllegalStepIsAConflictListingTheAllowedActions() {
        UUID launch = Api.createLaunch(LaunchFixture.create().itemId(), "2026-04-01");
        asEditor().post("/api/v1/launches/" + launch + "/complete")
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowed", equalTo(List.of("schedule", "cancel")))
                .body("detail", containsString("cannot go from PLANNED to COMPLETED"));
        asEditor().body(Map.of("launchDate", "2026-04-02")).post("/api/v1/launches/" + launch + "/reschedule")
                .then().statusCode(409).body("allowed", equalTo(List.of("schedule", "cancel")));
        Api.step(launch, "schedule");
        asEditor().post("/api/v1/launches/" + launch + "/schedule")
                .then().statusCode(409).body("allowed", equalTo(List.of("reschedule", "launch", "cancel")));
        asEditor().body(Map.of("reason", "budget cut")).post("/api/v1/launches/" + launch + "/cancel").then().statusCode(200);
        asEditor().body(Map.of("reason", "again")).post("/api/v1/launches/" + launch + "/cancel")
                .then().statusCode(409).body("detail", containsString("allowed from CANCELLED: none"));
    }

    @Test
    void rescheduleStaysWithinTheItemAndTheItemCannotShrinkAwayFromItsLaunch() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        Api.step(launch, "schedule");
        asEditor().body(Map.of("launchDate", "2026-07-01")).post("/api/v1/launches/" + launch + "/reschedule")
                .then().statusCode(422).body("errors[0].field", equalTo("launchDate"));
        asEditor().body(Map.of("reason", "")).post("/api/v1/launches/" + launch + "/reschedule")
                .then().statusCode(400).body("errors.field", hasItem("launchDate"));

        asEditor().body(Api.item("LAUNCH", "2026-03-01", "2026-03-31")).put("/api/v1/items/" + fixture.itemId())
                .then().statusCode(422).body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void aLaunchCannotBeRescheduledIntoThePastButTodayIsFine() {
        UUID launch = Api.createLaunch(LaunchFixture.create().itemId(), "2026-06-30");
        Api.step(launch, "schedule");
        String yesterday = LocalDate.ofInstant(FixedClock.NOW, ZoneOffset.UTC).minusDays(1).toString();
        asEditor().body(Map.of("launchDate", yesterday)).post("/api/v1/launches/" + launch + "/reschedule")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("launchDate"))
                .body("errors[0].message", containsString("in the past (today is 2026-06-15 UTC)"));
        asViewer().get("/api/v1/launches/" + launch).then().body("launchDate", equalTo("2026-06-30"));

        asEditor().body(Map.of("launchDate", "2026-06-15")).post("/api/v1/launches/" + launch + "/reschedule")
                .then().statusCode(200).body("launchDate", equalTo("2026-06-15"));
    }

    @Test
    void aLaunchWhoseItemHasNoChannelCannotBeScheduled() {
        UUID roadmap = Api.createRoadmap(Api.createProduct());
        Map<String, Object> body = Api.item("LAUNCH", "2026-03-01", "2026-06-30");
        body.put("channels", List.of());
        UUID launch = Api.createLaunch(Api.createItem(roadmap, body), "2026-04-01");
        asEditor().post("/api/v1/launches/" + launch + "/schedule")
                .then().statusCode(422).body("errors[0].field", equalTo("channels"));
        asViewer().get("/api/v1/launches/" + launch).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndACurrentOneAccepted() {
        UUID launch = Api.createLaunch(LaunchFixture.create().itemId(), "2026-04-01");
        String etag = asViewer().get("/api/v1/launches/" + launch).then().extract().header("ETag");
        asEditor().header("If-Match", etag).post("/api/v1/launches/" + launch + "/schedule").then().statusCode(200);
        asEditor().header("If-Match", etag).body(Map.of("reason", "late")).post("/api/v1/launches/" + launch + "/cancel")
                .then().statusCode(412);
        asViewer().get("/api/v1/launches/" + UUID.randomUUID()).then().statusCode(404);
    }
}
