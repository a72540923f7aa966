package dev.marketingops.roadmap.launches.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.roadmap.launches.domain.Launch;
import dev.marketingops.roadmap.launches.domain.LaunchStatus;
import dev.marketingops.roadmap.launches.domain.LaunchWithCampaigns;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Reads of launches: one with its campaigns, or a filtered page. */
@ApplicationScoped
public class LaunchQueries {

    public LaunchWithCampaigns get(UUID id) {
        return LaunchWithCampaigns.of(Existing.orNotFound(Launch.<Launch>findById(id), "Launch", id));
    }

    /** By launch date; null filters are left out. */
    public Page<Launch> page(LaunchStatus status, UUID itemId, PageRequest page) {
        Filter filter = new Filter().eq("status", status).eq("itemId", itemId);
        return page.apply(Launch.<Launch>find(filter.query(), Sort.by("launchDate").and("id"), filter.params()), Function.identity());
    }
}
