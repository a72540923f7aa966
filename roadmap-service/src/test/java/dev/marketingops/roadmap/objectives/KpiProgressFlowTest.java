package dev.marketingops.roadmap.objectives;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KPI events from metrics.kpis move objective progress; the newest reading wins, whatever the arrival order. */
@QuarkusTest
class KpiProgressFlowTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private static JsonPath progressOf(UUID item, UUID objective) {
        return asViewer().get("/api/v1/items/" + item + "/objectives/" + objective).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLaunchSnapshotExactlyOnTargetAchievesIncreaseAndDecreaseObjectives() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        UUID conversions = Api.createObjective(fixture.itemId(), "conversions", "INCREASE", 0, 1000, "2026-03-01", "2099-12-31");
        UUID cpa = Api.createObjective(fixture.itemId(), "cpa", "DECREASE", 50, 30, "2026-03-01", "2099-12-31");
        String etag = asViewer().get("/api/v1/items/" + fixture.itemId() + "/objectives/" + cpa).then().extract().header("ETag");

        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(3600), 1000, "30.00"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "ACHIEVED".equals(progressOf(fixture.itemId(), cpa).getString("progress.status")));
        assertThat(asViewer().get("/api/v1/items/" + fixture.itemId() + "/objectives/" + cpa).then().extract().header("ETag"))
                .as("a KPI reading is not an edit: the objective's ETag stays").isEqualTo(etag);
        JsonPath conv = progressOf(fixture.itemId(), conversions);
        assertThat(conv.getString("progress.status")).isEqualTo("ACHIEVED");
        assertThat(new BigDecimal(conv.getString("progress.actual"))).isEqualByComparingTo("1000");
        assertThat(new BigDecimal(conv.getString("progress.percent"))).isEqualByComparingTo("100");
        assertThat(new BigDecimal(progressOf(fixture.itemId(), cpa).getString("progress.percent"))).isEqualByComparingTo("100");
    }

    @Test
    void anOlderSnapshotArrivingLateDoesNotOverwriteANewerReading() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        UUID conversions = Api.createObjective(fixture.itemId(), "conversions", "INCREASE", 0, 1000, "2026-03-01", "2099-12-31");
        UUID roas = Api.createObjective(fixture.itemId(), "roas", "INCREASE", 1, 5, "2026-03-01", "2099-12-31");

        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(7200), 600, "40.00"));
        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(3600), 10, "45.00"));
        // Same key, so the same partition: once this marker is applied, both snapshots before it were too.
        Upstream.publish(new KpiThresholdCrossed(KpiScope.LAUNCH, launch, null, launch, null, roas, ThresholdKind.TARGET_REACHED,
                KpiKey.ROAS, new BigDecimal("5.2"), new BigDecimal("5"), T0.plusSeconds(9000)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "ACHIEVED".equals(progressOf(fixture.itemId(), roas).getString("progress.status")));
        assertThat(new BigDecimal(progressOf(fixture.itemId(), conversions).getString("progress.actual"))).isEqualByComparingTo("600");
    }

    @Test
    void aReadingShortOfTargetPastTheDueDateIsMissed() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        UUID conversions = Api.createObjective(fixture.itemId(), "conversions", "INCREASE", 0, 1000, "2025-01-01", "2025-06-30");

        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(3600), 999, "30.00"));

        await().atMost(Duration.ofSeconds(30)).until(() -> progressOf(fixture.itemId(), conversions).getString("progress.actual") != null);
        JsonPath progress = progressOf(fixture.itemId(), conversions);
        assertThat(progress.getString("progress.status")).isEqualTo("MISSED");
        assertThat(new BigDecimal(progress.getString("progress.percent"))).isEqualByComparingTo("99.9");
    }

    @Test
    void aProductSnapshotFeedsObjectivesOnTheProductsNonLaunchItems() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID initiative = Api.createItem(fixture.roadmapId(), Api.item("INITIATIVE", "2026-01-01", "2026-12-31"));
        UUID revenue = Api.createObjective(initiative, "revenue", "INCREASE", 0, 9000, "2026-01-01", "2099-12-31");

        Upstream.publish(new KpiSnapshot(KpiScope.PRODUCT, fixture.productId(), null, null, fixture.productId(), T0, T0.plusSeconds(60),
                0, 0, 0, 0, null, Money.of("9000.00", "EUR"), null, null, null, null, null, null, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> "ACHIEVED".equals(progressOf(initiative, revenue).getString("progress.status")));
    }
}
