package dev.marketingops.campaign.launches.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.campaign.campaigns.domain.CampaignLifecycle;
import dev.marketingops.campaign.launches.domain.BudgetSplit;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Keeps a launch's campaigns in step with the launch: drafts per channel, moved with it, cancelled with it. */
@ApplicationScoped
public class LaunchCampaigns {

    static final String ACTOR = "system:launch-fanout";
    private static final Logger LOG = Logger.getLogger(LaunchCampaigns.class);
    private static final int NAME_MAX = 200;
    /** campaign_transition.reason is varchar(1000); the launch's own reason may already be that long. */
    static final int REASON_MAX = 1000;

    private final CampaignLifecycle lifecycle;
    private final FanoutSettings settings;
    private final Clock clock;

    public LaunchCampaigns(CampaignLifecycle lifecycle, FanoutSettings settings, Clock clock) {
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One DRAFT per launch channel. A channel that already has its campaign (the same launch scheduled again, under
     * a new event id) gets nothing new; a not-started one moves to the new date, and one whose channel was dropped is
     * cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduled(LaunchScheduled launch) {
        Instant start = startFor(launch);
        Instant end = start.plus(settings.runLength());
        List<Money> budgets = launch.budgetHint() == null
                ? Collections.nCopies(launch.channels().size(), Money.zero(settings.defaultCurrency()))
                : BudgetSplit.of(launch.budgetHint(), launch.channels().size());
        // One read for the whole launch: a query per channel would flush the drafts persisted so far each time.
        Map<Channel, Campaign> drafted = Campaign.<Campaign>find("launchId = ?1 and launchChannel is not null", launch.launchId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(c -> c.launchChannel, c -> c));
        for (int i = 0; i < launch.channels().size(); i++) {
            Channel channel = launch.channels().get(i);
            Campaign existing = drafted.get(channel);
            if (existing == null) {
                lifecycle.create(draft(launch, channel, budgets.get(i), start, end), ACTOR,
                        "drafted for launch " + launch.launchId() + " on " + channel);
            } else if (existing.isNotStarted() && !existing.startsAt.equals(start)) {
                existing.shiftSchedule(Duration.between(existing.startsAt, start));
                lifecycle.rescheduled(existing, ACTOR, "launch " + launch.launchId() + " scheduled again for " + launch.launchDate());
            }
        }
        // A launch announced again without a channel no longer needs that channel's campaign, if it has not started.
        drafted.forEach((channel, campaign) -> {
            if (!launch.channels().contains(channel) && campaign.isNotStarted()) {
                lifecycle.step(campaign, CampaignAction.CANCEL, ACTOR, "launch " + launch.launchId()
                        + " no longer runs on " + channel, true);
            }
        });
    }

    /** Shifts the campaigns that have not started by as many days as the launch moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduled(LaunchRescheduled launch) {
        Duration shift = Duration.ofDays(ChronoUnit.DAYS.between(launch.previousDate(), launch.newDate()));
        String why = because("launch moved from " + launch.previousDate() + " to " + launch.newDate(), launch.reason());
        Instant earliest = earliestStart();
        for (Campaign campaign : ofLaunch(launch.launchId(), List.of(CampaignStatus.DRAFT, CampaignStatus.SCHEDULED))) {
            // As at fan-out: a campaign the move would start in the past starts at the next full hour, its length kept.
            Instant start = campaign.startsAt.plus(shift);
            campaign.shiftSchedule(start.isBefore(earliest) ? Duration.between(campaign.startsAt, earliest) : shift);
            lifecycle.rescheduled(campaign, ACTOR, why);
        }
    }

    /** Cancels every open campaign of the launch, carrying the launch's reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(LaunchCancelled launch) {
        String why = because("launch cancelled", launch.reason());
        for (Campaign campaign : ofLaunch(launch.launchId(), List.of(CampaignStatus.DRAFT, CampaignStatus.SCHEDULED,
                CampaignStatus.ACTIVE, CampaignStatus.PAUSED))) {
            lifecycle.step(campaign, CampaignAction.CANCEL, ACTOR, why, true);
        }
    }

    private static List<Campaign> ofLaunch(UUID launchId, List<CampaignStatus> statuses) {
        return Campaign.<Campaign>find("launchId = ?1 and status in ?2 order by id", launchId, statuses)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The lead before launch day; a launch too close for the full lead starts its drafts at the next full hour. */
    private Instant startFor(LaunchScheduled launch) {
        Instant planned = launch.launchDate().atStartOfDay(ZoneId.of(settings.timeZone())).toInstant().minus(settings.lead());
        Instant earliest = earliestStart();
        if (planned.isBefore(earliest)) {
            LOG.infof("Launch %s is too close for a %s lead; its drafts start at %s", launch.launchId(), settings.lead(), earliest);
            return earliest;
        }
        return planned;
    }

    /** The next full hour: the soonest a drafted or moved campaign may start. */
    private Instant earliestStart() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    }

    private Campaign draft(LaunchScheduled launch, Channel channel, Money budget, Instant start, Instant end) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = clip(launch.name() + " - " + channel, NAME_MAX);
        campaign.productId = launch.productId();
        campaign.launchId = launch.launchId();
        campaign.launchChannel = channel;
        campaign.objective = "Launch " + launch.name() + " on " + channel + " (tier " + launch.tier() + ", markets "
                + (launch.markets().isEmpty() ? "all" : String.join(", ", launch.markets())) + ")";
        campaign.channels = new TreeSet<>(List.of(channel));
        campaign.audienceSegment = launch.audienceSegments().isEmpty()
                ? "general" : clip(String.join(", ", launch.audienceSegments()), NAME_MAX);
        campaign.budgetAmount = budget.amount();
        campaign.budgetCurrency = budget.currency();
        campaign.spentAmount = BigDecimal.ZERO;
        campaign.startsAt = start;
        campaign.endsAt = end;
        campaign.timeZone = settings.timeZone();
        campaign.ownerTeam = launch.ownerTeam();
        campaign.status = CampaignStatus.DRAFT;
        return campaign;
    }

    /** What happened and the launch's reason, clipped to the column (the codec already refused a reason with a NUL). */
    static String because(String what, String reason) {
        return clip(reason == null ? what : what + ": " + reason, REASON_MAX);
    }

    /** At most {@code max} chars, never cutting a surrogate pair in half. */
    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
