package dev.marketingops.console.kpis;

import dev.marketingops.console.campaigns.CampaignClient;
import dev.marketingops.console.campaigns.CampaignViews.Campaign;
import dev.marketingops.console.web.ConcurrentReads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The names of the campaigns a KPI scope covers, read from campaign-service, which owns them (and their renames). */
public record CampaignNames(Map<UUID, String> names) {

    /** campaign-service's largest page. */
    static final int MOST = 200;
    /** The most ids campaign-service looks up in one call. */
    static final int IDS_PER_CALL = 100;
    static final CampaignNames NONE = new CampaignNames(Map.of());
    private static final Logger LOG = Logger.getLogger(CampaignNames.class);

    /**
     * One campaign-service read: the campaign itself, or the launch's or product's campaigns (attribution credits only
     * the scope's campaigns). Names are a courtesy: when the read fails the section shows ids, not the failure.
     */
    static CampaignNames read(CampaignClient campaigns, KpiScope scope) {
        try {
            List<Campaign> found = scope.campaignId() != null ? List.of(campaigns.get(scope.campaignId()))
                    : campaigns.list(null, null, scope.launchId(), scope.productId(), 0, MOST).items();
            Map<UUID, String> names = new HashMap<>();
            found.forEach(c -> names.put(c.id(), c.name()));
            return new CampaignNames(names);
        } catch (RuntimeException e) {
            LOG.debugf("No campaign names for %s %s: %s", scope.scope(), scope.id(), e.getMessage());
            return NONE;
        }
    }

    /**
     * These names and those of the {@code shown} campaigns they lack, looked up by id in campaign-service,
     * {@link #IDS_PER_CALL} per call and the calls at once: a launch or product with more campaigns than its first page still gets every row
     * named. A failed call leaves its campaigns shown by id.
     */
    CampaignNames with(Collection<UUID> shown, CampaignClient campaigns, ConcurrentReads reads) {
        List<UUID> missing = shown.stream().filter(id -> id != null && !names.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return this;
        }
        List<ConcurrentReads.Read<List<Campaign>>> chunks = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += IDS_PER_CALL) {
            String ids = missing.subList(from, Math.min(from + IDS_PER_CALL, missing.size())).stream()
                    .map(UUID::toString).collect(Collectors.joining(","));
            chunks.add(reads.start(() -> campaigns.byIds(ids, IDS_PER_CALL).items()));
        }
        Map<UUID, String> all = new HashMap<>(names);
        for (ConcurrentReads.Read<List<Campaign>> chunk : chunks) {
            try {
                chunk.get().forEach(c -> all.put(c.id(), c.name()));
            } catch (RuntimeException e) {
                LOG.debugf("No names for up to %d campaigns: %s", IDS_PER_CALL, e.getMessage());
            }
        }
        return new CampaignNames(all);
    }

    /** The campaign's name, or null when campaign-service did not name it. */
    public String of(UUID campaignId) {
        return campaignId == null ? null : names.get(campaignId);
    }
}
