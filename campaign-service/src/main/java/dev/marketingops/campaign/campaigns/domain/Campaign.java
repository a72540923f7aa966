package dev.marketingops.campaign.campaigns.domain;

import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A marketing campaign: what runs, where, for whom, on which budget and when, owned by one team. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    private static final Set<CampaignStatus> OPEN =
            EnumSet.of(CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, CampaignStatus.ACTIVE, CampaignStatus.PAUSED);

    @Id
    public UUID id;
    public String name;
    public UUID productId;
    public UUID launchId;
    /** The launch channel this draft was fanned out for; null for campaigns planners create. */
    @Enumerated(EnumType.STRING)
    public Channel launchChannel;
    public UUID parentId;
    public String objective;
    public String audienceSegment;
    public BigDecimal budgetAmount;
    public String budgetCurrency;
    public BigDecimal spentAmount = BigDecimal.ZERO;
    public Instant startsAt;
    public Instant endsAt;
    public String timeZone;
    public String ownerTeam;
    @Enumerated(EnumType.STRING)
    public CampaignStatus status;
    /** Whether the budget guard may pause this campaign when its spend reaches the budget. */
    public boolean budgetGuard = true;
    /** Set once a BudgetWarning went out, so the warning is not repeated on every KPI snapshot. */
    public boolean budgetWarned;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_channel", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    public Set<Channel> channels = new TreeSet<>();

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** Not started yet, so its schedule may still move freely. */
    public boolean isNotStarted() {
        return status == CampaignStatus.DRAFT || status == CampaignStatus.SCHEDULED;
    }

    public Money budget() {
        return Currencies.money(budgetAmount, budgetCurrency);
    }

    public Money spent() {
        return Currencies.money(spentAmount, budgetCurrency);
    }

    /** Spent divided by budget (e.g. 0.8000), or null while the budget is zero. */
    public BigDecimal spentShare() {
        if (budgetAmount.signum() == 0) {
            return null;
        }
        return spentAmount.divide(budgetAmount, 4, RoundingMode.HALF_UP);
    }

    public CampaignSchedule schedule() {
        return new CampaignSchedule(startsAt, endsAt, timeZone);
    }

    public void shiftSchedule(Duration by) {
        startsAt = startsAt.plus(by);
        endsAt = endsAt.plus(by);
    }

    /** Channels in the vocabulary's order, so answers and events are stable whatever order the database returns. */
    public List<Channel> channelList() {
        return channels.stream().sorted().toList();
    }
}
