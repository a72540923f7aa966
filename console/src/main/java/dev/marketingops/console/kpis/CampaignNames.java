package dev.marketingops.console.kpis;

import dev.marketingops.console.campaigns.CampaignClient;
import dev.marketingops.console.campaigns.CampaignViews.Campaign;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The names of the campaigns a KPI scope covers, read from campaign-service, which owns them (and their renames). */
public record CampaignNames(Map<UUID, String> names) {

    /** campaign-service's largest page: a launch or product with more campaigns shows the rest by id. */
    static final int MOST = 200;
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

    /** The campaign's name, or null when campaign-service did not name it. */
    public String of(UUID campaignId) {
        return campaignId == null ? null : names.get(campaignId);
    }
}
