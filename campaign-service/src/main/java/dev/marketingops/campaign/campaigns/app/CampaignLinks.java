package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.rest.CampaignRequest;
import dev.marketingops.plumbing.security.Caller;
import java.util.UUID;

/**
 * A campaign linked to a launch or under a parent campaign counts towards that launch's or parent's KPIs and follows
 * the launch's reschedules and cancellation, so linking is a write to the launch or parent: for its owner team only.
 */
final class CampaignLinks {

    private CampaignLinks() {
    }

    /** Checks the links a request adds ({@code existing} null for a new campaign; its unchanged links pass). */
    static void requireOwned(Caller caller, CampaignRequest request, Campaign existing) {
        UUID parentId = request.parentId();
        if (parentId != null && (existing == null || !parentId.equals(existing.parentId))) {
            Campaign parent = Campaign.findById(parentId);
            if (parent != null) { // a missing parent is CampaignRules' 422
                caller.requireOwnerTeam(parent.ownerTeam);
            }
        }
        if (existing == null && request.launchId() != null) {
            caller.requireKnownOwnerTeam(launchOwner(request.launchId()), "launch " + request.launchId());
        }
    }

    /** The launch's owner team as its fan-out recorded it on the launch's drafts (LaunchScheduled carries it), or null. */
    private static String launchOwner(UUID launchId) {
        return Campaign.<Campaign>find("launchId = ?1 and launchChannel is not null", launchId).firstResultOptional()
                .map(draft -> draft.ownerTeam).orElse(null);
    }
}
