package dev.marketingops.metrics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
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

/**
 * With snapshot-on-change set, a committed activity batch brings a KpiSnapshot of each active campaign it changed and
 * of that campaign's launch, without a periodic round; campaigns the batch did not touch get none.
 */
@QuarkusTest
class KpiSnapshotsOnChangeTest {

    @Inject
    Rollups rollups;

    @Inject
    KpiSnapshotsOnChange onChange;

    @Inject
    CampaignDirectory directory;

    @Test
    void theCampaignsABatchChangedAndTheirLaunchesGetASnapshotWithoutARound() {
        UUID campaign = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        activate(campaign, launch);
        activate(untouched, UUID.randomUUID());
        onChange.delay(Duration.ofMillis(200));
        try {
            send(ActivityFeed.impressions(campaign, 250, Instant.parse("2026-03-03T03:20:00Z")));
            await().atMost(Duration.ofSeconds(30)).until(() -> !KpiEvents.of(KpiSnapshot.class, launch).isEmpty()
                    && !KpiEvents.of(KpiSnapshot.class, campaign).isEmpty());
            assertThat(KpiEvents.of(KpiSnapshot.class, campaign)).first().satisfies(s -> {
                assertThat(s.scope()).isEqualTo(KpiScope.CAMPAIGN);
                assertThat(s.impressions()).isEqualTo(250);
            });
            assertThat(KpiEvents.of(KpiSnapshot.class, launch)).first().satisfies(s -> {
                assertThat(s.scope()).isEqualTo(KpiScope.LAUNCH);
                assertThat(s.impressions()).isEqualTo(250);
            });

            // The untouched campaign's first snapshot is the one its own activity brings: none came before.
            send(ActivityFeed.impressions(untouched, 7, Instant.parse("2026-03-03T04:00:00Z")));
            await().atMost(Duration.ofSeconds(30)).until(() -> !KpiEvents.of(KpiSnapshot.class, untouched).isEmpty());
            assertThat(KpiEvents.of(KpiSnapshot.class, untouched)).first()
                    .satisfies(s -> assertThat(s.impressions()).isEqualTo(7));
        } finally {
            onChange.delay(null);
        }
    }

    private void activate(UUID campaign, UUID launch) {
        UUID product = UUID.randomUUID();
        CampaignEvents.created(campaign, launch, product, Money.of("500", "EUR"));
        CampaignEvents.activated(campaign, launch, product);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(campaign).filter(c -> c.isActive()).isPresent());
    }

    private void send(ActivityRecorded... activity) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(activity).stream().map(ActivityFeed::record).toList());
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
    }
}
