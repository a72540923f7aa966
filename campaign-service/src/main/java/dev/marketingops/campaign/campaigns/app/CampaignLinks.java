package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.rest.CampaignRequest;
import dev.marketingops.plumbing.owners.TeamOwners;
import dev.marketingops.plumbing.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A link to a launch, product or parent campaign counts towards its KPIs, so it needs that owner team. */
@ApplicationScoped
class CampaignLinks {

    private final Caller caller;
    private final TeamOwners owners;

    CampaignLinks(Caller caller, TeamOwners owners) {
        this.caller = caller;
        this.owners = owners;
    }

    /** Checks the links a request adds ({@code existing} null for a new campaign); links it already has pass. */
    void requireOwned(CampaignRequest request, Campaign existing) {
        UUID parentId = request.parentId();
        if (parentId != null && (existing == null || !parentId.equals(existing.parentId))) {
            Campaign parent = Campaign.findById(parentId);
            if (parent != null) { // a missing parent is CampaignRules' 422
                caller.requireOwnerTeam(parent.ownerTeam);
            }
        }
        if (existing == null && request.launchId() != null) {
            // Linked only to a launch seen scheduled: its owner is not known before, and a missing owner opens nothing.
            caller.requireKnownOwnerTeam(owners.ownerOf(TeamOwners.Owned.LAUNCH, request.launchId()).orElse(null),
                    "launch " + request.launchId());
        }
        UUID productId = request.productId();
        if (productId != null && (existing == null || !productId.equals(existing.productId))) {
            // A product not yet announced on roadmap.products (created a moment ago) cannot be checked; it passes.
            owners.ownerOf(TeamOwners.Owned.PRODUCT, productId).ifPresent(caller::requireOwnerTeam);
        }
    }
}
