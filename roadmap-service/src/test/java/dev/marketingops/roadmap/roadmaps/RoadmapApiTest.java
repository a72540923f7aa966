package dev.marketingops.roadmap.roadmaps;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.roadmap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Roadmaps: one per product or portfolio and fiscal year, with a revenue growth target. */
@QuarkusTest
class RoadmapApiTest {

    @Test
    void aRoadmapIsCreatedReadAndUpdatedAgainstItsETag() {
        UUID product = Api.createProduct();
        UUID roadmap = Api.createRoadmap(product);
        String etag = asViewer().get("/api/v1/roadmaps/" + roadmap)
                .then().statusCode(200)
                .body("growthTarget.amount", comparesEqualTo(new BigDecimal("2500000")))
                .body("growthTarget.currency", equalTo("EUR"))
                .body("fiscalYear", equalTo(2026))
                .extract().header("ETag");

        Map<String, Object> update = Map.of("name", "Revised", "growthTarget", Map.of("amount", "3000000.50", "currency", "USD"));
        asEditor().header("If-Match", etag).body(update).put("/api/v1/roadmaps/" + roadmap)
                .then().statusCode(200)
                .body("name", equalTo("Revised"))
                .body("growthTarget.amount", comparesEqualTo(new BigDecimal("3000000.50")));
        asEditor().header("If-Match", etag).body(update).put("/api/v1/roadmaps/" + roadmap)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void listIsFilteredByProductAndYear() {
        UUID product = Api.createProduct();
        UUID roadmap = Api.createRoadmap(product);
        asViewer().queryParam("productId", product.toString()).queryParam("fiscalYear", 2026).get("/api/v1/roadmaps")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(roadmap.toString()));
        asViewer().queryParam("productId", "not-a-uuid").get("/api/v1/roadmaps")
                .then().statusCode(400).body("errors[0].field", equalTo("productId"));
        // UUID.fromString's short form would read as 00000001-0002-0003-0004-000000000005: refused, not looked up.
        asViewer().queryParam("productId", "1-2-3-4-5").get("/api/v1/roadmaps")
                .then().statusCode(400).body("errors[0].field", equalTo("productId"));
    }

    @Test
    void unknownProductIsUnprocessable() {
        asEditor().body(Api.roadmap(UUID.randomUUID(), 2026)).post("/api/v1/roadmaps")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("productId"))
                .body("detail", containsString("does not exist"));
    }

    @Test
    void aSecondRoadmapForTheSameYearConflicts() {
        UUID product = Api.createProduct();
        Api.createRoadmap(product);
        asEditor().body(Api.roadmap(product, 2026)).post("/api/v1/roadmaps").then().statusCode(409);
        asEditor().body(Api.roadmap(product, 2027)).post("/api/v1/roadmaps").then().statusCode(201);
    }

    @Test
    void aPortfolioRoadmapNeedsNoProductButNotBoth() {
        Map<String, Object> portfolio = new HashMap<>(Api.roadmap(Api.createProduct(), 2026));
        portfolio.put("portfolio", "analytics-" + UUID.randomUUID());
        asEditor().body(portfolio).post("/api/v1/roadmaps").then().statusCode(422).body("errors[0].field", equalTo("productId"));
        portfolio.remove("productId");
        asEditor().body(portfolio).post("/api/v1/roadmaps").then().statusCode(201).body("portfolio", equalTo(portfolio.get("portfolio")));
    }

    @Test
    void badMoneyAndMissingRoadmapAreExplained() {
        Map<String, Object> body = new HashMap<>(Api.roadmap(Api.createProduct(), 2026));
        body.put("growthTarget", Map.of("amount", 100, "currency", "euro"));
        asEditor().body(body).post("/api/v1/roadmaps")
                .then().statusCode(400).body("errors.field", equalTo(List.of("growthTarget.currency")));
        asViewer().get("/api/v1/roadmaps/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentUpdatesAgainstOneETagGiveOne200AndOtherwise412() throws Exception {
        UUID roadmap = Api.createRoadmap(Api.createProduct());
        String etag = asViewer().get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).extract().header("ETag");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> update = Map.of("name", "Writer " + i,
                        "growthTarget", Map.of("amount", 10 + i, "currency", "EUR"));
                answers.add(pool.submit(() -> {
                    start.await();
                    return asEditor().header("If-Match", etag).body(update).put("/api/v1/roadmaps/" + roadmap).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            // The losers wait for the winner's row lock and then see its version: a stale If-Match, never a 409 or 500.
            assertThat(statuses).containsOnly(200, 412).containsOnlyOnce(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
