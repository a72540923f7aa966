package dev.marketingops.roadmap.views;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.roadmap.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline puts items in every bucket their dates touch and launches in their date's bucket, edges included, and
 * refuses dates that need more buckets than it holds.
 */
@QuarkusTest
class TimelineTest {

    @Inject
    EntityManager em;

    private UUID roadmap;
    private UUID early;
    private UUID straddling;
    private UUID launch;

    @BeforeEach
    void plan() {
        roadmap = Api.createRoadmap(Api.createProduct());
        early = Api.createItem(roadmap, Api.item("INITIATIVE", "2026-01-15", "2026-03-31"));
        straddling = Api.createItem(roadmap, Api.item("IMPROVEMENT", "2026-03-31", "2026-04-01"));
        Map<String, Object> launchItem = Api.item("LAUNCH", "2026-07-01", "2026-09-30");
        launch = Api.createLaunch(Api.createItem(roadmap, launchItem), "2026-07-01");
    }

    private JsonPath timeline(String granularity) {
        return asViewer().queryParam("granularity", granularity).get("/api/v1/roadmaps/" + roadmap + "/timeline")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void quartersHoldTheItemsThatTouchThemAndTheLaunchesDatedInThem() {
        JsonPath t = timeline("quarter");
        assertThat(t.getList("buckets.period")).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(t.getList("buckets[0].items.id")).containsExactlyInAnyOrder(early.toString(), straddling.toString());
        assertThat(t.getList("buckets[1].items.id")).containsExactly(straddling.toString());
        assertThat(t.getList("buckets[1].launches")).isEmpty();
        assertThat(t.getList("buckets[2].launches.id")).containsExactly(launch.toString());
        assertThat(t.getString("buckets[2].start")).isEqualTo("2026-07-01");
        assertThat(t.getString("buckets[2].end")).isEqualTo("2026-09-30");
    }

    @Test
    void monthsIncludeEmptyMonthsBetweenPlannedWork() {
        JsonPath t = timeline("month");
        assertThat(t.getList("buckets.period")).containsExactly(
                "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09");
        assertThat(t.getList("buckets[2].items.id")).containsExactlyInAnyOrder(early.toString(), straddling.toString());
        assertThat(t.getList("buckets[3].items.id")).containsExactly(straddling.toString());
        assertThat(t.getList("buckets[4].items")).isEmpty();
        assertThat(t.getList("buckets[6].launches.launchDate")).containsExactly("2026-07-01");
        assertThat(t.getList("buckets[5].launches")).isEmpty();
    }

    @Test
    void aBlankGranularityMeansQuartersAsAnAbsentOneDoes() {
        // As with a blank status, stage or type filter, a blank value is taken as not given: the default applies.
        for (String blank : new String[] {"", "%20", "%20%20", "%09"}) {
            asViewer().urlEncodingEnabled(false).get("/api/v1/roadmaps/" + roadmap + "/timeline?granularity=" + blank)
                    .then().statusCode(200).body("granularity", equalTo("QUARTER"))
                    .body("buckets.period", contains("2026-Q1", "2026-Q2", "2026-Q3"));
        }
    }

    @Test
    void datesStoredBeforeTheyWereBoundedAreA400NamingGranularityNotMillionsOfBuckets() {
        stored(early, "0001-01-01", "9999-12-30");
        for (String granularity : new String[] {"month", "quarter"}) {
            asViewer().queryParam("granularity", granularity).get("/api/v1/roadmaps/" + roadmap + "/timeline")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("granularity"))
                    .body("errors[0].message", containsString("0001-01-01 to 9999-12-30"))
                    .body("errors[0].message", containsString("replan the items"));
        }
    }

    @Test
    void moreThanTenYearsOfMonthsAreRefusedButTheirQuartersAreLaidOut() {
        stored(early, "2020-01-01", "2029-12-31");
        assertThat(timeline("month").getList("buckets")).hasSize(120);
        stored(early, "2020-01-01", "2035-12-31");
        asViewer().queryParam("granularity", "month").get("/api/v1/roadmaps/" + roadmap + "/timeline")
                .then().statusCode(400).body("errors[0].field", equalTo("granularity"))
                .body("errors[0].message", containsString("192 months"))
                .body("errors[0].message", containsString("ask for granularity=quarter"));
        JsonPath quarters = timeline("quarter");
        assertThat(quarters.getList("buckets")).hasSize(64);
        assertThat(quarters.getString("buckets[0].period")).isEqualTo("2020-Q1");
        assertThat(quarters.getString("buckets[63].period")).isEqualTo("2035-Q4");
    }

    /** Dates as a row stored before items were bounded to their fiscal year has them; the API refuses them now. */
    private void stored(UUID item, String start, String end) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update roadmap_item set start_date = ?1, end_date = ?2 where id = ?3")
                .setParameter(1, LocalDate.parse(start)).setParameter(2, LocalDate.parse(end)).setParameter(3, item)
                .executeUpdate());
    }

    @Test
    void anUnknownGranularityOrRoadmapIsRefused() {
        asViewer().queryParam("granularity", "week").get("/api/v1/roadmaps/" + roadmap + "/timeline")
                .then().statusCode(400).body("errors[0].field", equalTo("granularity"));
        asViewer().get("/api/v1/roadmaps/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
    }
}
