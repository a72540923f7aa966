package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.EventValidator;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Rules the schema does not state, applied after either reader on both ingest paths: a printable customerRef, money in the budget's currency. */
@ApplicationScoped
public class ActivityCheck {

    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    /** Plumbing's code for a well-formed event that can never apply. */
    public static final String REJECTED = "REJECTED";

    /** Why an activity cannot be counted: a dead-letter reason code, the field (a JSON path) and the message. */
    public record Refusal(String code, String field, String message) {
    }

    private final CampaignDirectory campaigns;

    public ActivityCheck(CampaignDirectory campaigns) {
        this.campaigns = campaigns;
    }

    /** Why the activity cannot be counted, or empty when it can. */
    public Optional<Refusal> problem(ActivityRecorded a) {
        if (a.customerRef() != null && (a.customerRef().isBlank() || !EventValidator.hasNoControlCharacter(a.customerRef()))) {
            // The schema checks only the length; the pseudonym ignores surrounding blanks, so a blank reference would
            // make every such event one customer, and a control character (NUL) is never a tool's real reference.
            return Optional.of(new Refusal(REJECTED, "$.customerRef",
                    "must be 1 to 200 printable characters, not blank"));
        }
        if (a.currency() == null) {
            return Optional.empty();
        }
        return campaigns.budgetCurrency(a.campaignId())
                .filter(budget -> !budget.equals(a.currency()))
                .map(budget -> new Refusal(CURRENCY_MISMATCH, "$.currency", "currency " + a.currency()
                        + " differs from the budget currency " + budget + " of campaign " + a.campaignId()));
    }
}
