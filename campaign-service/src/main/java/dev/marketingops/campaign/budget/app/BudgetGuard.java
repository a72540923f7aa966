package dev.marketingops.campaign.budget.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.campaign.campaigns.domain.CampaignLifecycle;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.plumbing.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Keeps campaigns within budget: warns at the configured share and pauses a running campaign when spend reaches it. */
@ApplicationScoped
public class BudgetGuard {

    static final String ACTOR = "system:budget-guard";
    private static final Logger LOG = Logger.getLogger(BudgetGuard.class);

    private final CampaignLifecycle lifecycle;
    private final BudgetSettings settings;

    public BudgetGuard(CampaignLifecycle lifecycle, BudgetSettings settings) {
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    /** Metrics reported the campaign's total spend so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spendReported(UUID campaignId, Money spend) {
        Campaign campaign = locked(campaignId);
        if (campaign == null) {
            return;
        }
        if (!spend.currency().equals(campaign.budgetCurrency)) {
            // Spend is never converted: a mismatch is a data error upstream, for an operator to look at.
            throw new RejectedEventException("spend of campaign " + campaignId + " is in " + spend.currency()
                    + " but its budget is in " + campaign.budgetCurrency);
        }
        // Snapshots may arrive out of order; spend to date never goes down.
        campaign.spentAmount = campaign.spentAmount.max(spend.amount());
        BigDecimal share = campaign.spentShare();
        if (share == null) {
            return;
        }
        if (!campaign.budgetWarned && share.compareTo(settings.warningShare()) >= 0) {
            lifecycle.budgetWarning(campaign);
        }
        if (share.compareTo(BigDecimal.ONE) >= 0) {
            pauseIfRunning(campaign, "budget exhausted: spent " + campaign.spent().amount().toPlainString() + " "
                    + campaign.budgetCurrency + " of " + campaign.budget().amount().toPlainString() + " " + campaign.budgetCurrency);
        }
    }

    /** Metrics says the budget is exhausted (it knows the budget from BudgetChanged); {@code spent} is in the budget currency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exhausted(UUID campaignId, BigDecimal spent, BigDecimal budget) {
        Campaign campaign = locked(campaignId);
        if (campaign == null) {
            return;
        }
        if (spent != null) {
            campaign.spentAmount = campaign.spentAmount.max(spent);
        }
        pauseIfRunning(campaign, "budget exhausted: spent " + plain(spent) + " " + campaign.budgetCurrency + " of "
                + plain(budget) + " " + campaign.budgetCurrency + " (reported by metrics)");
    }

    private void pauseIfRunning(Campaign campaign, String reason) {
        if (campaign.status != CampaignStatus.ACTIVE) {
            return;
        }
        if (!campaign.budgetGuard) {
            LOG.infof("Campaign %s is over budget but its budget guard is off: %s", campaign.id, reason);
            return;
        }
        lifecycle.step(campaign, CampaignAction.PAUSE, ACTOR, reason, true);
    }

    private static Campaign locked(UUID campaignId) {
        Campaign campaign = Campaign.findById(campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            LOG.debugf("KPI for campaign %s, which is not ours; ignored", campaignId);
        }
        return campaign;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "?" : amount.toPlainString();
    }
}
