package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.campaign.campaigns.domain.CampaignLifecycle;
import dev.marketingops.campaign.campaigns.rest.CampaignRequest;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.TreeSet;
import java.util.UUID;

/** What planners do to campaigns over the API: create, edit and step through the lifecycle, on their own team's only. */
@ApplicationScoped
public class CampaignCommands {

    private final CampaignLifecycle lifecycle;
    private final Caller caller;
    private final Clock clock;
    private final CampaignLinks links;

    public CampaignCommands(CampaignLifecycle lifecycle, Caller caller, Clock clock, CampaignLinks links) {
        this.links = links;
        this.lifecycle = lifecycle;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(CampaignRequest request) {
        String ownerTeam = request.ownerTeam() != null ? request.ownerTeam() : caller.team();
        if (ownerTeam == null) {
            throw ProblemException.invalidField("ownerTeam", "is required when your token carries no team");
        }
        caller.requireOwnerTeam(ownerTeam);
        CampaignRules.check(request, null, clock.instant());
        links.requireOwned(request, null);
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.ownerTeam = ownerTeam;
        campaign.status = CampaignStatus.DRAFT;
        campaign.launchId = request.launchId();
        copy(request, campaign);
        lifecycle.create(campaign, caller.name(), "created by " + caller.name());
        return flushed(campaign);
    }

    /** Full update; stale If-Match is 412, a final campaign is 409, a broken rule is 422 naming the field. */
    @Transactional
    public Campaign update(UUID id, CampaignRequest request, String ifMatch) {
        Campaign campaign = lockedForWrite(id, ifMatch);
        CampaignRules.requireEditable(campaign);
        CampaignRules.check(request, campaign, clock.instant());
        links.requireOwned(request, campaign);
        Money previousBudget = campaign.budget();
        boolean moved = !request.schedule().start().equals(campaign.startsAt)
                || !request.schedule().end().equals(campaign.endsAt)
                || !request.schedule().timeZone().equals(campaign.timeZone);
        copy(request, campaign);
        if (!previousBudget.equals(campaign.budget())) {
            // A new budget gets its own warning when spend passes its share again.
            campaign.budgetWarned = false;
            lifecycle.budgetChanged(campaign, previousBudget, caller.name());
        }
        if (moved) {
            lifecycle.rescheduled(campaign, caller.name(), "schedule edited by " + caller.name());
        }
        campaign.updatedAt = clock.instant();
        return flushed(campaign);
    }

    @Transactional
    public Campaign step(UUID id, CampaignAction action, String reason, String ifMatch) {
        Campaign campaign = lockedForWrite(id, ifMatch);
        if (action == CampaignAction.SCHEDULE && action.isAllowedFrom(campaign.status)) {
            CampaignRules.requireSchedulable(campaign, clock.instant());
        }
        lifecycle.step(campaign, action, caller.name(), reason, false);
        return flushed(campaign);
    }

    /** Loads the campaign under a row lock (so the scheduler and consumers wait for us), for its team, at the named version. */
    private Campaign lockedForWrite(UUID id, String ifMatch) {
        Campaign campaign = Existing.orNotFound(Campaign.<Campaign>findById(id, LockModeType.PESSIMISTIC_WRITE), "Campaign", id);
        caller.requireOwnerTeam(campaign.ownerTeam);
        ETags.requireCurrent(ifMatch, campaign.version);
        return campaign;
    }

    private static void copy(CampaignRequest request, Campaign campaign) {
        campaign.name = request.name();
        campaign.productId = request.productId();
        campaign.parentId = request.parentId();
        campaign.objective = request.objective();
        campaign.channels = new TreeSet<>(request.channels());
        campaign.audienceSegment = request.audienceSegment();
        campaign.budgetAmount = request.budget().amount();
        campaign.budgetCurrency = request.budget().currency();
        campaign.startsAt = request.schedule().start();
        campaign.endsAt = request.schedule().end();
        campaign.timeZone = request.schedule().timeZone();
        if (request.budgetGuard() != null) {
            campaign.budgetGuard = request.budgetGuard();
        }
    }

    /** Flushes so the answer carries the version (ETag) the change produced. */
    private static Campaign flushed(Campaign campaign) {
        Campaign.getEntityManager().flush();
        return campaign;
    }
}
