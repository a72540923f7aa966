package dev.marketingops.metrics.support;

import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.campaigns.domain.CampaignFacts;
import dev.marketingops.metrics.kpis.app.KpiSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Counts events only after a later marker (a KpiSnapshot) on the same metrics.kpis partition has arrived. */
@ApplicationScoped
public class KpiMarkers {

    private final KpiSnapshots snapshots;
    private final CampaignDirectory directory;

    public KpiMarkers(KpiSnapshots snapshots, CampaignDirectory directory) {
        this.snapshots = snapshots;
        this.directory = directory;
    }

    /**
     * The outbox publishes one key's events in commit order, so once the marker is on the topic nothing emitted before
     * it can still be on its way. Activates {@code campaign} (snapshots cover active campaigns and their launches), emits one round of snapshots
     * after everything the caller triggered, waits for the snapshot keyed {@code scopeId}, then answers the events of
     * {@code type} on that key.
     */
    public <T extends EventPayload> List<T> afterMarker(Class<T> type, UUID campaign, UUID launch, UUID product, UUID scopeId) {
        CampaignEvents.activated(campaign, launch, product);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(campaign).map(CampaignFacts::isActive).orElse(false));
        int before = KpiEvents.of(KpiSnapshot.class, scopeId).size();
        snapshots.emit();
        await().atMost(Duration.ofSeconds(30)).until(() -> KpiEvents.of(KpiSnapshot.class, scopeId).size() > before);
        return KpiEvents.of(type, scopeId);
    }
}
