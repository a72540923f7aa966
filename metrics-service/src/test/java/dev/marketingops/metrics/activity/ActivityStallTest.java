package dev.marketingops.metrics.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A stream that cannot make progress says so: while the rollups cannot be written (a table lock held elsewhere) the
 * readiness check turns DOWN and the gauge marketingops_consumer_stalled{consumer="metrics-service.activity"} rises after
 * marketingops.consumer.stall-after (5 s in tests); once
 * the database lets it write, it counts the waiting events and turns UP again.
 */
@QuarkusTest
class ActivityStallTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Rollups rollups;

    @Test
    void aStreamThatCannotWriteTurnsReadinessDownAndRaisesTheStalledGauge() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> ready() == 200);
        UUID campaign = UUID.randomUUID();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("lock table activity_rollup in access exclusive mode");
            }
            try (ActivityFeed feed = new ActivityFeed()) {
                feed.sendAll(java.util.List.of(ActivityFeed.record(
                        ActivityFeed.impressions(campaign, 3, Instant.parse("2026-05-01T10:00:00Z")))));
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> ready() == 503);
            assertThat(given().get("/q/health/ready").then().extract().jsonPath()
                    .getString("checks.find { it.name == 'consumer-progress' }.data.'metrics-service.activity'"))
                    .startsWith("stalled");
            assertThat(stalledGauge()).isEqualTo(1.0);
            blocker.rollback();
        }

        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> ready() == 200);
        assertThat(stalledGauge()).isZero();
    }

    private static int ready() {
        return given().get("/q/health/ready").statusCode();
    }

    private static double stalledGauge() {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("marketingops_consumer_stalled{") && l.contains("consumer=\"metrics-service.activity\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1).trim()))
                .findFirst().orElseThrow();
    }
}
