package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignTransition;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of campaigns: one, a filtered page, and one's history. */
@ApplicationScoped
public class CampaignQueries {

    public Campaign get(UUID id) {
        return Existing.orNotFound(Campaign.<Campaign>findById(id), "Campaign", id);
    }

    public Page<Campaign> list(CampaignFilter filter, PageRequest page) {
        Filter where = new Filter().eq("status", filter.status()).eq("launchId", filter.launchId())
                .eq("productId", filter.productId()).eq("ownerTeam", filter.team());
        String query = where.query();
        Map<String, Object> params = new HashMap<>(where.params());
        if (filter.channel() != null) {
            // Channels are a collection: membership, not equality.
            query += " and :channel member of channels";
            params.put("channel", filter.channel());
        }
        if (filter.ids() != null) {
            query += " and id in :ids";
            params.put("ids", filter.ids());
        }
        PanacheQuery<Campaign> campaigns = Campaign.find(query, Sort.by("startsAt").and("id"), params);
        return page.apply(campaigns, campaign -> campaign);
    }

    public List<CampaignTransition> history(UUID id) {
        get(id);
        return CampaignTransition.historyOf(id);
    }
}
