package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignTransition;
import dev.marketingops.campaign.campaigns.domain.Currencies;
import dev.marketingops.campaign.campaigns.rest.CampaignRequest;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The business rules a planner's input must meet; every broken rule is reported at once, naming its field (422). */
final class CampaignRules {

    /** Requests in flight for a moment should not fail "in the past" because of it. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    private CampaignRules() {
    }

    /** Checks a new campaign ({@code existing} null) or a full update of {@code existing}. */
    static void check(CampaignRequest request, Campaign existing, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkSchedule(request.schedule(), existing, now, errors);
        checkBudget(request.budget(), existing, errors);
        if (existing != null && request.ownerTeam() != null && !request.ownerTeam().equals(existing.ownerTeam)) {
            errors.add(new Problem.FieldError("ownerTeam", "cannot be changed; it is " + existing.ownerTeam));
        }
        if (request.parentId() != null) {
            if (existing != null && request.parentId().equals(existing.id)) {
                errors.add(new Problem.FieldError("parentId", "a campaign cannot be its own parent"));
            } else if (Campaign.findById(request.parentId()) == null) {
                errors.add(new Problem.FieldError("parentId", "campaign " + request.parentId() + " does not exist"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** A campaign is edited only while it is open; COMPLETED and CANCELLED are final. */
    static void requireEditable(Campaign campaign) {
        if (!campaign.isOpen()) {
            throw new ProblemException(409, "Conflict", "Campaign " + campaign.id + " is " + campaign.status
                    + " and can no longer be edited",
                    List.of(new Problem.FieldError("status", "is " + campaign.status + "; only open campaigns can be edited")),
                    List.of());
        }
    }

    /** Scheduling commits to a budget and a future start. */
    static void requireSchedulable(Campaign campaign, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (campaign.budgetAmount.signum() <= 0) {
            errors.add(new Problem.FieldError("budget.amount", "must be greater than 0 before the campaign is scheduled"));
        }
        if (campaign.startsAt.isBefore(now.minus(GRACE))) {
            errors.add(new Problem.FieldError("schedule.start", "is in the past; move the schedule before scheduling"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void checkSchedule(CampaignRequest.Schedule schedule, Campaign existing, Instant now,
                                      List<Problem.FieldError> errors) {
        if (!schedule.end().isAfter(schedule.start())) {
            errors.add(new Problem.FieldError("schedule.end", "must be after schedule.start"));
        }
        boolean startMoved = existing == null || !schedule.start().equals(existing.startsAt);
        boolean endMoved = existing == null || !schedule.end().equals(existing.endsAt);
        boolean started = existing != null && !existing.isNotStarted();
        if (startMoved && started) {
            errors.add(new Problem.FieldError("schedule.start", "cannot move once the campaign has started"));
        } else if (startMoved && schedule.start().isBefore(now.minus(GRACE))) {
            errors.add(new Problem.FieldError("schedule.start", "must not be in the past"));
        }
        if (endMoved && schedule.end().isBefore(now.minus(GRACE))) {
            errors.add(new Problem.FieldError("schedule.end", "must not be in the past"));
        }
        try {
            ZoneId.of(schedule.timeZone());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("schedule.timeZone", "is not an IANA time zone like Europe/Berlin"));
        }
    }

    private static void checkBudget(CampaignRequest.Budget budget, Campaign existing, List<Problem.FieldError> errors) {
        if (budget.amount().signum() <= 0) {
            errors.add(new Problem.FieldError("budget.amount", "must be greater than 0"));
        }
        if (!Currencies.isKnown(budget.currency())) {
            errors.add(new Problem.FieldError("budget.currency", budget.currency() + " is not an ISO-4217 currency"));
            return;
        }
        int digits = Currencies.fractionDigits(budget.currency());
        if (budget.amount().stripTrailingZeros().scale() > digits) {
            errors.add(new Problem.FieldError("budget.amount", "has more decimals than " + budget.currency()
                    + " allows (" + digits + ")"));
        }
        if (existing == null) {
            return;
        }
        // Spend reaches this service only with metrics' snapshots (a minute late at best), so spentAmount = 0 does not
        // mean metrics has counted none: once a campaign has run, its spend may be counted in its currency.
        if (!Objects.equals(budget.currency(), existing.budgetCurrency)
                && (existing.spentAmount.signum() != 0 || CampaignTransition.hasBeenActive(existing.id))) {
            errors.add(new Problem.FieldError("budget.currency", "cannot change once the campaign has run or "
                    + "spent money; its spend is counted in " + existing.budgetCurrency));
        } else if (existing.spentAmount.signum() != 0 && budget.amount().compareTo(existing.spentAmount) < 0) {
            errors.add(new Problem.FieldError("budget.amount", "must not be below the "
                    + existing.spent().amount().toPlainString() + " " + existing.budgetCurrency + " already spent"));
        }
    }

}
