package dev.marketingops.roadmap.views;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.views.app.RoadmapOverviewQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roadmap overview answers a roadmap page in one round trip: products, the product's roadmaps, and the chosen
 * roadmap's items, launches, conflicts and every item's objectives with progress, against real PostgreSQL.
 */
@QuarkusTest
class RoadmapOverviewTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    private UUID product;
    private UUID thisYear;
    private UUID lastYear;
    private UUID initiative;
    private UUID improvement;
    private UUID firstLaunch;
    private UUID secondLaunch;
    private UUID achieved;
    private UUID atRisk;
    private UUID unread;

    @BeforeEach
    void plan() {
        product = Api.createProduct();
        thisYear = Api.createRoadmap(product);
        lastYear = Api.id(asEditor().body(Api.roadmap(product, 2025)).post("/api/v1/roadmaps")
                .then().statusCode(201).extract().path("id"));
        initiative = Api.createItem(thisYear, Api.item("INITIATIVE", "2026-01-01", "2026-12-31"));
        improvement = Api.createItem(thisYear, Api.item("IMPROVEMENT", "2026-02-01", "2026-03-31"));
        String segment = "overview-" + UUID.randomUUID();
        firstLaunch = Api.createLaunchOn(thisYear, "2026-04-01", "2026-05-31", "2026-04-15", List.of("EMAIL"), List.of(segment));
        secondLaunch = Api.createLaunchOn(thisYear, "2026-04-01", "2026-05-31", "2026-04-20", List.of("EMAIL"), List.of(segment));
        achieved = objective(initiative, "2026-09-30");
        atRisk = objective(initiative, "2026-12-31");
        unread = objective(improvement, "2026-12-31");
        reading(achieved, 100);
        reading(atRisk, 10);
    }

    private static UUID objective(UUID item, String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("kpiKey", "conversions");
        body.put("direction", "INCREASE");
        body.put("baseline", 0);
        body.put("target", 100);
        body.put("startDate", "2026-01-01");
        body.put("dueDate", due);
        return Api.id(asEditor().body(body).post("/api/v1/items/" + item + "/objectives")
                .then().statusCode(201).extract().path("id"));
    }

    /** A KPI reading as the metrics.kpis consumer records it (that flow has its own tests). */
    private void reading(UUID objective, int actual) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into objective_reading (objective_id, actual, actual_at) values (?1, ?2, ?3)")
                .setParameter(1, objective).setParameter(2, BigDecimal.valueOf(actual))
                .setParameter(3, Instant.parse("2026-06-01T00:00:00Z")).executeUpdate());
    }

    private static JsonPath overview(Map<String, ?> query) {
        return asViewer().queryParams(query).get("/api/v1/roadmap-overview")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void oneAnswerHoldsTheLatestRoadmapWithItsItemsLaunchesConflictsAndEveryItemsObjectives() {
        JsonPath o = overview(Map.of("productId", product.toString()));
        assertThat(o.getString("product.id")).isEqualTo(product.toString());
        assertThat(o.getString("product.stage")).isEqualTo("INTRODUCTION");
        assertThat(o.getList("roadmaps.id")).containsExactly(thisYear.toString(), lastYear.toString());
        assertThat(o.getString("roadmap.id")).isEqualTo(thisYear.toString());
        assertThat(o.getString("roadmap.growthTarget.currency")).isEqualTo("EUR");
        assertThat(o.getList("items.id")).hasSize(4).contains(initiative.toString(), improvement.toString());
        assertThat(o.getList("launches.id")).containsExactly(firstLaunch.toString(), secondLaunch.toString());
        assertThat(o.getInt("windowDays")).isEqualTo(7);
        assertThat(o.getList("conflicts")).hasSize(1);
        assertThat(o.getString("conflicts[0].first.id")).isEqualTo(firstLaunch.toString());
        assertThat(o.getString("conflicts[0].second.id")).isEqualTo(secondLaunch.toString());
        assertThat(o.getInt("conflicts[0].daysApart")).isEqualTo(5);

        assertThat(o.getList("objectives.id")).containsExactlyInAnyOrder(achieved.toString(), atRisk.toString(), unread.toString());
        assertThat(status(o, achieved)).isEqualTo("ACHIEVED");
        assertThat(status(o, atRisk)).isEqualTo("AT_RISK");
        assertThat(status(o, unread)).isEqualTo("ON_TRACK");
        assertThat(o.getString("objectives.find { it.id == '" + unread + "' }.itemId")).isEqualTo(improvement.toString());
        assertThat(new BigDecimal(o.getString("objectives.find { it.id == '" + atRisk + "' }.progress.actual")))
                .isEqualByComparingTo("10");
    }

    @Test
    void theOverviewTakesFiveStatementsHoweverManyItemsLaunchesAndObjectivesTheRoadmapHas() {
        long few = statements();
        for (int i = 0; i < 6; i++) {
            UUID launch = Api.createLaunchOn(thisYear, "2026-06-01", "2026-07-31", "2026-06-1" + i, List.of("SOCIAL"),
                    List.of("more-" + UUID.randomUUID()));
            assertThat(launch).isNotNull();
            objective(initiative, "2026-11-0" + (i + 1));
        }
        long many = statements();
        assertThat(overview(Map.of("productId", product.toString())).getList("items.id")).hasSize(10);
        // No statement per item, launch or objective: the same five whatever the roadmap holds.
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(5);
    }

    /** Statements Hibernate prepared for one overview; the least of three, so a background job's read cannot count. */
    private long statements() {
        Statistics statistics = sessionFactory.getStatistics();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            overview(Map.of("productId", product.toString()));
            least = Math.min(least, statistics.getPrepareStatementCount());
            statistics.setStatisticsEnabled(false);
        }
        return least;
    }

    private static String status(JsonPath o, UUID objective) {
        return o.getString("objectives.find { it.id == '" + objective + "' }.progress.status");
    }

    @Test
    void anotherRoadmapOfTheProductIsChosenByIdAndOneOfAnotherProductFallsBackToTheLatest() {
        JsonPath older = overview(Map.of("productId", product.toString(), "roadmapId", lastYear.toString()));
        assertThat(older.getString("roadmap.id")).isEqualTo(lastYear.toString());
        assertThat(older.getList("items")).isEmpty();
        assertThat(older.getList("objectives")).isEmpty();

        UUID foreign = Api.createRoadmap(Api.createProduct());
        assertThat(overview(Map.of("productId", product.toString(), "roadmapId", foreign.toString()))
                .getString("roadmap.id")).isEqualTo(thisYear.toString());
        assertThat(overview(Map.of("roadmapId", lastYear.toString())).getString("product.id")).isEqualTo(product.toString());
    }

    @Test
    void withoutAProductTheFirstByNameIsShownAndAProductWithoutRoadmapsHasNone() {
        JsonPath any = overview(Map.of());
        List<String> names = any.getList("products.name");
        assertThat(names).isNotEmpty().hasSizeLessThanOrEqualTo(RoadmapOverviewQuery.PRODUCT_LIMIT)
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(any.getString("product.id")).isEqualTo(any.getString("products[0].id"));

        JsonPath bare = overview(Map.of("productId", Api.createProduct().toString()));
        assertThat(bare.getList("roadmaps")).isEmpty();
        assertThat(bare.getString("roadmap")).isNull();
        assertThat(bare.getList("items")).isEmpty();
    }

    @Test
    void badOrUnknownIdsAreClientErrorsInProblemJsonAndATokenIsNeeded() {
        asViewer().queryParam("productId", "not-a-uuid").get("/api/v1/roadmap-overview")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("productId"));
        asViewer().queryParam("roadmapId", UUID.randomUUID().toString()).get("/api/v1/roadmap-overview")
                .then().statusCode(404).contentType("application/problem+json");
        asViewer().queryParam("productId", UUID.randomUUID().toString()).get("/api/v1/roadmap-overview")
                .then().statusCode(404).contentType("application/problem+json");
        asViewer().queryParam("windowDays", 366).get("/api/v1/roadmap-overview")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/roadmap-overview").then().statusCode(401);
    }
}
