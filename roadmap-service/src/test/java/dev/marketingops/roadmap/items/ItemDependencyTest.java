package dev.marketingops.roadmap.items;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.roadmap.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dependencies between items must name existing items and never form a cycle. */
@QuarkusTest
class ItemDependencyTest {

    @Inject
    AgroalDataSource dataSource;

    private UUID roadmap;

    @BeforeEach
    void newRoadmap() {
        roadmap = Api.createRoadmap(Api.createProduct());
    }

    private UUID itemDependingOn(UUID... dependencies) {
        Map<String, Object> body = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        body.put("dependsOn", List.of(dependencies).stream().map(UUID::toString).toList());
        return Api.createItem(roadmap, body);
    }

    @Test
    void aChainIsAcceptedButClosingItIntoACycleIsNot() {
        UUID a = itemDependingOn();
        UUID b = itemDependingOn(a);
        UUID c = itemDependingOn(b);

        Map<String, Object> closing = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        closing.put("dependsOn", List.of(c.toString()));
        asEditor().body(closing).put("/api/v1/items/" + a)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("dependsOn"))
                .body("detail", containsString("cycle: " + a + " -> " + c + " -> " + b + " -> " + a));
    }

    @Test
    void anItemCannotDependOnItselfOrOnAnUnknownItem() {
        UUID a = itemDependingOn();
        Map<String, Object> self = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        self.put("dependsOn", List.of(a.toString()));
        asEditor().body(self).put("/api/v1/items/" + a).then().statusCode(422).body("detail", containsString("itself"));

        Map<String, Object> unknown = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        unknown.put("dependsOn", List.of(UUID.randomUUID().toString()));
        asEditor().body(unknown).post("/api/v1/roadmaps/" + roadmap + "/items")
                .then().statusCode(422).body("detail", containsString("does not exist"));
    }

    @Test
    void aDiamondIsNotACycle() {
        UUID base = itemDependingOn();
        UUID left = itemDependingOn(base);
        UUID right = itemDependingOn(base);
        UUID top = itemDependingOn(left, right);
        asEditor().get("/api/v1/items/" + top).then().statusCode(200).body("dependsOn.size()", equalTo(2));
    }

    @Test
    void twoReplansCheckedSideBySideCannotCloseACycle() throws Exception {
        UUID a = itemDependingOn();
        UUID b = itemDependingOn();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                // A replan reads the launch table after its dependency check: held here, both stay open past the check.
                s.execute("lock table launch in access exclusive mode");
            }
            CompletableFuture<Integer> aOnB = CompletableFuture.supplyAsync(() -> replan(a, b), clients);
            CompletableFuture<Integer> bOnA = CompletableFuture.supplyAsync(() -> replan(b, a), clients);
            // Both wait: at the launch table after their checks, or (fixed) one at the launch table, one before its check.
            await().atMost(Duration.ofSeconds(30)).until(() -> replansWaiting() == 2);
            blocker.commit();

            assertThat(List.of(aOnB.get(30, TimeUnit.SECONDS), bOnA.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(200, 422);
        } finally {
            clients.shutdown();
        }
        List<String> aDependsOn = asViewer().get("/api/v1/items/" + a).then().extract().jsonPath().getList("dependsOn");
        List<String> bDependsOn = asViewer().get("/api/v1/items/" + b).then().extract().jsonPath().getList("dependsOn");
        assertThat(aDependsOn.size() + bDependsOn.size()).as("one edge, not a cycle").isEqualTo(1);
    }

    private static int replan(UUID item, UUID dependency) {
        Map<String, Object> body = Api.item("INITIATIVE", "2026-01-01", "2026-12-31");
        body.put("dependsOn", List.of(dependency.toString()));
        return asEditor().body(body).put("/api/v1/items/" + item).then().extract().statusCode();
    }

    /** Sessions blocked in a replan's read of the launch table or on the dependency-edit lock. */
    private int replansWaiting() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                       and (query like '%cast(launch_date as text)%' or query like '%pg_advisory_xact_lock%')""")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
