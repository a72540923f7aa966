package dev.marketingops.campaign.campaigns.domain;

import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The one place a campaign's state changes are applied, recorded in its history and announced through the outbox,
 * whoever asks: a planner over REST, the launch fan-out, the scheduler or the budget guard.
 */
@ApplicationScoped
public class CampaignLifecycle {

    static final String CREATE = "CREATE";
    static final String RESCHEDULE = "RESCHEDULE";
    static final String BUDGET = "BUDGET";

    private final Outbox outbox;
    private final Clock clock;

    public CampaignLifecycle(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores a new campaign (status set by the caller) and announces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void create(Campaign campaign, String actor, String reason) {
        Instant now = clock.instant();
        campaign.createdAt = now;
        campaign.updatedAt = now;
        campaign.persist();
        CampaignTransition.of(campaign, CREATE, null, actor, reason, now).persist();
        outbox.emit(CampaignEvents.created(campaign, now));
    }

    /**
     * Takes one lifecycle step, or answers 409 listing the steps the campaign's state allows.
     *
     * @param automatic true when the system (scheduler, budget guard, launch fan-out) decided, not a person
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void step(Campaign campaign, CampaignAction action, String actor, String reason, boolean automatic) {
        CampaignStatus from = campaign.status;
        if (!action.isAllowedFrom(from)) {
            throw ProblemException.illegalTransition("Campaign " + campaign.id, from.name(), action.target().name(),
                    CampaignAction.allowedFrom(from));
        }
        Instant now = clock.instant();
        campaign.status = action.target();
        campaign.updatedAt = now;
        String why = reason == null || reason.isBlank() ? action.path() + " by " + actor : reason;
        CampaignTransition.of(campaign, action.name(), from, actor, why, now).persist();
        outbox.emit(CampaignEvents.stepped(campaign, action, why, automatic, now));
    }

    /** Records and announces a schedule the caller has just moved; only a SCHEDULED campaign's move is news outside. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduled(Campaign campaign, String actor, String reason) {
        Instant now = clock.instant();
        campaign.updatedAt = now;
        CampaignTransition.of(campaign, RESCHEDULE, campaign.status, actor, reason, now).persist();
        if (campaign.status == CampaignStatus.SCHEDULED) {
            outbox.emit(CampaignEvents.scheduled(campaign, now));
        }
    }

    /** Records and announces a budget the caller has just changed from {@code previous}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetChanged(Campaign campaign, Money previous, String actor) {
        Instant now = clock.instant();
        campaign.updatedAt = now;
        CampaignTransition.of(campaign, BUDGET, campaign.status, actor,
                "budget " + previous.amount().toPlainString() + " " + previous.currency() + " -> "
                        + campaign.budget().amount().toPlainString() + " " + campaign.budgetCurrency, now).persist();
        outbox.emit(CampaignEvents.budgetChanged(campaign, previous, now));
    }

    /** Announces that spend passed the warning share; remembered so it is said once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetWarning(Campaign campaign) {
        campaign.budgetWarned = true;
        outbox.emit(CampaignEvents.budgetWarning(campaign, clock.instant()));
    }
}
