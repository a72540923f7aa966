package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.EventValidator;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Rules the schema does not state, applied after either reader on both ingest paths: a plausible occurredAt, a printable customerRef, money in the budget's currency. */
@ApplicationScoped
public class ActivityCheck {

    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    /** Plumbing's code for a well-formed event that can never apply. */
    public static final String REJECTED = "REJECTED";

    /** Why an activity cannot be counted: a dead-letter reason code, the field (a JSON path) and the message. */
    public record Refusal(String code, String field, String message) {
    }

    private final CampaignDirectory campaigns;
    private final EventTimeBounds times;

    public ActivityCheck(CampaignDirectory campaigns, EventTimeBounds times) {
        this.campaigns = campaigns;
        this.times = times;
    }

    /** The latest occurredAt taken now: computed once per poll or request, compared with each event's. */
    public Instant latestOccurredAt() {
        return times.latest();
    }

    /** Why the activity cannot be counted, or empty when it can; {@code latest} is {@link #latestOccurredAt()}. */
    public Optional<Refusal> problem(ActivityRecorded a, Instant latest) {
        if (!EventTimeBounds.within(a.occurredAt(), latest)) {
            // Rollups bucket by this hour: a time in 2093 (seconds taken for milliseconds, a wrong clock) would sit in
            // KPI series and attribution windows for ever, and no later event can correct it.
            return Optional.of(new Refusal(REJECTED, "$.occurredAt", times.refusal(a.occurredAt(), latest)));
        }
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
