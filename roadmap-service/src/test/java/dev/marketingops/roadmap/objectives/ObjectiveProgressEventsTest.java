package dev.marketingops.roadmap.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import dev.marketingops.contracts.roadmap.ProgressCause;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.FixedClock;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import dev.marketingops.roadmap.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A KPI reading that moves an objective's status is announced on roadmap.launches once; other readings are not. */
@QuarkusTest
class ObjectiveProgressEventsTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    /** Every ObjectiveProgressed keyed {@code key}, once one of them shows {@code marker}. */
    private static List<ObjectiveProgressed> progressedThrough(UUID key, ProgressStatus marker) {
        return Published.awaitThrough(Topics.ROADMAP_LAUNCHES, key.toString(), ObjectiveProgressed.TYPE,
                        e -> e.payloadAs(ObjectiveProgressed.class).status() == marker).stream()
                .map((DecodedEvent e) -> e.payloadAs(ObjectiveProgressed.class)).toList();
    }

    @Test
    void onlyReadingsThatMoveTheStatusAreAnnouncedAndALateOlderReadingIsNot() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        // From 2026-03-01 to 2099 the straight-line pace expects ~0.4 % by the tests' day: 600 is on track, 2 at risk.
        UUID objective = Api.createObjective(fixture.itemId(), "conversions", "INCREASE", 0, 1000, "2026-03-01", "2099-12-31");

        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(3600), 600, "40.00"));
        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(7200), 1000, "40.00"));
        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(5400), 10, "40.00"));
        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(10800), 1200, "40.00"));
        // The marker: same key, so once its change is out, every snapshot before it was applied.
        Upstream.publish(Upstream.launchSnapshot(launch, T0.plusSeconds(14400), 2, "40.00"));

        List<ObjectiveProgressed> events = progressedThrough(fixture.itemId(), ProgressStatus.AT_RISK);
        assertThat(events).as("on track to achieved, then achieved to at risk; nothing for the rest").hasSize(2);
        ObjectiveProgressed achieved = events.get(0);
        assertThat(achieved.objectiveId()).isEqualTo(objective);
        assertThat(achieved.itemId()).isEqualTo(fixture.itemId());
        assertThat(achieved.launchId()).isEqualTo(launch);
        assertThat(achieved.productId()).isEqualTo(fixture.productId());
        assertThat(achieved.kpiKey()).isEqualTo(KpiKey.CONVERSIONS);
        assertThat(achieved.previousStatus()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(achieved.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(achieved.actual()).isEqualByComparingTo("1000");
        assertThat(achieved.percent()).isEqualByComparingTo("100");
        assertThat(achieved.readingAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(achieved.cause()).isEqualTo(ProgressCause.READING);
        assertThat(achieved.asOf()).isEqualTo(LocalDate.ofInstant(FixedClock.NOW, ZoneOffset.UTC));
        ObjectiveProgressed atRisk = events.get(1);
        assertThat(atRisk.previousStatus()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(atRisk.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(atRisk.actual()).as("the late reading of 10 was older and ignored").isEqualByComparingTo("2");
        assertThat(atRisk.readingAt()).isEqualTo(T0.plusSeconds(14400));
    }

    @Test
    void aProductObjectiveIsAnnouncedWithItsProductKeyedByItsItem() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID initiative = Api.createItem(fixture.roadmapId(), Api.item("INITIATIVE", "2026-01-01", "2026-12-31"));
        UUID revenue = Api.createObjective(initiative, "revenue", "INCREASE", 0, 9000, "2026-01-01", "2099-12-31");

        Upstream.publish(new KpiSnapshot(KpiScope.PRODUCT, fixture.productId(), null, null, fixture.productId(), T0,
                T0.plusSeconds(60), 0, 0, 0, 0, null, Money.of("9500.00", "EUR"), null, null, null, null, null, null, null));

        List<ObjectiveProgressed> events = progressedThrough(initiative, ProgressStatus.ACHIEVED);
        assertThat(events).hasSize(1);
        ObjectiveProgressed event = events.get(0);
        assertThat(event.objectiveId()).isEqualTo(revenue);
        assertThat(event.launchId()).isNull();
        assertThat(event.productId()).isEqualTo(fixture.productId());
        assertThat(event.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(event.actual()).isEqualByComparingTo(new BigDecimal("9500.00"));
    }
}
