package dev.marketingops.metrics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.CampaignDirectory;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each snapshot tick emits a schema-valid KpiSnapshot per active campaign and per launch it belongs to. */
@QuarkusTest
class KpiSnapshotTest {

    @Inject
    Rollups rollups;

    @Inject
    KpiSnapshots snapshots;

    @Inject
    CampaignDirectory directory;

    @Test
    void activeCampaignsAndTheirLaunchesGetSnapshots() {
        UUID campaign = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        CampaignEvents.created(campaign, launch, product, Money.of("500", "EUR"));
        CampaignEvents.activated(campaign, launch, product);
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(ActivityFeed.impressions(campaign, 250, Instant.parse("2026-03-03T03:00:00Z")))));
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(campaign).filter(c -> c.isActive()).isPresent());

        snapshots.emit();

        await().atMost(Duration.ofSeconds(30)).until(() -> !KpiEvents.of(KpiSnapshot.class, launch).isEmpty());
        assertThat(KpiEvents.of(KpiSnapshot.class, campaign)).singleElement().satisfies(s -> {
            assertThat(s.scope()).isEqualTo(KpiScope.CAMPAIGN);
            assertThat(s.impressions()).isEqualTo(250);
            assertThat(s.launchId()).isEqualTo(launch);
        });
        assertThat(KpiEvents.of(KpiSnapshot.class, launch)).singleElement()
                .satisfies(s -> assertThat(s.scope()).isEqualTo(KpiScope.LAUNCH));
    }
}
