package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignTransition;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads of campaigns: one, a filtered page, and one's history. */
@ApplicationScoped
public class CampaignQueries {

    public Campaign get(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw ProblemException.notFound("Campaign", id);
        }
        return campaign;
    }

    public Page<Campaign> list(CampaignFilter filter, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.launchId() != null) {
            clauses.add("launchId = :launchId");
            params.and("launchId", filter.launchId());
        }
        if (filter.productId() != null) {
            clauses.add("productId = :productId");
            params.and("productId", filter.productId());
        }
        if (filter.channel() != null) {
            clauses.add(":channel member of channels");
            params.and("channel", filter.channel());
        }
        if (filter.team() != null) {
            clauses.add("ownerTeam = :team");
            params.and("team", filter.team());
        }
        Sort sort = Sort.by("startsAt").and("id");
        PanacheQuery<Campaign> query = clauses.isEmpty()
                ? Campaign.findAll(sort)
                : Campaign.find(String.join(" and ", clauses), sort, params);
        List<Campaign> items = query.page(page, size).list();
        return new Page<>(items, page, size, query.count());
    }

    public List<CampaignTransition> history(UUID id) {
        get(id);
        return CampaignTransition.historyOf(id);
    }
}
