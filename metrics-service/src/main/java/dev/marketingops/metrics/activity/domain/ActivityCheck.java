package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Rules a schema cannot express: money must be in the campaign's budget currency once that is known. */
@ApplicationScoped
public class ActivityCheck {

    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";

    private final CampaignDirectory campaigns;

    public ActivityCheck(CampaignDirectory campaigns) {
        this.campaigns = campaigns;
    }

    /** Why the activity cannot be counted, or empty when it can. */
    public Optional<String> problem(ActivityRecorded a) {
        if (a.currency() == null) {
            return Optional.empty();
        }
        return campaigns.budgetCurrency(a.campaignId())
                .filter(budget -> !budget.equals(a.currency()))
                .map(budget -> "currency " + a.currency() + " differs from the budget currency " + budget
                        + " of campaign " + a.campaignId());
    }
}
