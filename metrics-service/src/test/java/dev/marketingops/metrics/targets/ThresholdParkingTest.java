package dev.marketingops.metrics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasKey;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.kpis.app.KpiJobReadings;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Parked;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.FailingKpiValues;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.StatementCount;
import dev.marketingops.metrics.support.TestClock;
import dev.marketingops.metrics.targets.app.ThresholdWatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scope whose evaluation fails on its own is parked: the other scopes of its chunk still get their crossings, the job
 * goes on, health and metrics show the parked scope, and it is retried alone once its time has come.
 */
@QuarkusTest
class ThresholdParkingTest {

    static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

    @Inject
    ThresholdWatch watch;
    @Inject
    Rollups rollups;
    @Inject
    CampaignDirectory directory;
    @Inject
    FailingKpiValues values;
    @Inject
    KpiChanges changes;
    @Inject
    MeterRegistry registry;
    @Inject
    KpiJobReadings readings;

    @AfterEach
    void heal() {
        values.heal();
        TestClock.release();
    }

    @Test
    void aScopeWhoseEvaluationFailsIsParkedWhileTheOthersCrossingsAreEmitted() {
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        CampaignEvents.created(good, null, product, Money.of("100", "EUR"));
        CampaignEvents.created(bad, null, product, Money.of("100", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, bad, Api.TEAM);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.budgetCurrency(good).isPresent());
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":1000}")
                .put("/api/v1/targets/campaign/" + bad + "/reach").then().statusCode(200);
        values.fail(bad);
        double parkingsBefore = parkings();

        // One batch names both campaigns, so both are in one chunk; the bad one's reach target throws.
        step(spend(good, "85"), spend(bad, "1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> crossings(good, ThresholdKind.BUDGET_WARNING) >= 1);
        KpiScopeRef badScope = new KpiScopeRef(KpiScope.CAMPAIGN, bad);
        assertThat(parked()).singleElement().satisfies(p -> {
            assertThat(p.mark().scope()).isEqualTo(badScope);
            assertThat(p.failures()).isEqualTo(1);
        });
        assertThat(parkings()).isEqualTo(parkingsBefore + 1);
        // The 30 s refresh: the same one statement that reads the jobs' progress counts the parked scopes for the gauge.
        long before = StatementCount.of(Thread.currentThread().getId());
        readings.refresh();
        assertThat(StatementCount.of(Thread.currentThread().getId()) - before).isEqualTo(1);
        assertThat(registry.get("marketingops.kpi.scopes.parked").tag("job", "THRESHOLD").gauge().value()).isEqualTo(1);
        // The group's check reads the table too, and names the scope.
        RestAssured.get("/q/health/group/kpi-jobs").then().statusCode(503)
                .body("checks.find { it.name == 'kpi-parked-scopes' }.data", hasKey("THRESHOLD CAMPAIGN " + bad));
        assertThat(registry.get("marketingops.kpi.scopes.parked").tag("job", "THRESHOLD").gauge().value()).isEqualTo(1);

        // The next rounds leave it out (before its retry time) and go on with the others.
        step(spend(good, "20"), spend(bad, "1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> crossings(good, ThresholdKind.BUDGET_EXHAUSTED) >= 1);
        assertThat(parked()).singleElement().satisfies(p -> assertThat(p.failures()).isEqualTo(1));

        // Healed, and its time come: tried alone, it works and counts as an ordinary mark again.
        values.heal();
        TestClock.pin(Instant.now().plus(Duration.ofHours(2)));
        watch.evaluate();
        assertThat(parked()).isEmpty();
        RestAssured.get("/q/health/group/kpi-jobs").then().statusCode(200);
        assertThat(registry.get("marketingops.kpi.scopes.parked").tag("job", "THRESHOLD").gauge().value()).isZero();
    }

    /** Publishes the activity, waits until it is counted, then runs one evaluation as the scheduler would. */
    private void step(ActivityRecorded... activity) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(Arrays.stream(activity).map(ActivityFeed::record).toList());
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        watch.evaluate();
    }

    private List<Parked> parked() {
        return QuarkusTransaction.requiringNew().call(() -> changes.firstParked(100)).stream()
                .filter(p -> p.job() == Job.THRESHOLD).toList();
    }

    /** Parkings counted so far; the counter exists once the job has run in this application. */
    private double parkings() {
        Counter counter = registry.find("marketingops.kpi.scope.parkings").tag("job", "THRESHOLD").counter();
        return counter == null ? 0 : counter.count();
    }

    private static long crossings(UUID campaign, ThresholdKind kind) {
        return KpiEvents.of(KpiThresholdCrossed.class, campaign).stream().filter(e -> e.kind() == kind).count();
    }

    private static ActivityRecorded spend(UUID campaign, String amount) {
        return ActivityRecorded.money(campaign, Channel.EMAIL, ActivityKind.SPEND, Money.of(amount, "EUR"), AT,
                JourneyStage.CONVERSION);
    }
}
