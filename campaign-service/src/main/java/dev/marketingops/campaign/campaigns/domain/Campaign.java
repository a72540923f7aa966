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
import jakarta.persistence.NamedQuery;
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
@NamedQuery(name = Campaign.BY_ID, query = "select c.id, c.name, c.productId, c.launchId, c.launchChannel, c.parentId,"
        + " c.objective, c.audienceSegment, c.budgetAmount, c.budgetCurrency, c.spentAmount, c.startsAt, c.endsAt,"
        + " c.timeZone, c.ownerTeam, c.status, c.budgetGuard, c.budgetWarned, c.createdAt, c.updatedAt, c.version, ch"
        + " from Campaign c left join c.channels ch where c.id = :id")
public class Campaign extends PanacheEntityBase {

    /**
     * The campaign's columns and its channels, one row per channel (one row with a null channel if none); columns, not
     * the entity, so a read puts nothing in the persistence context ({@link #readOnly(UUID)}).
     */
    public static final String BY_ID = "Campaign.byId";

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

    /**
     * A detached copy of the campaign, or null if there is none, for answers that only read it: one query (translated
     * once at boot), and no entity entry, dirty-check snapshot or collection wrapper per read, which is most of what
     * loading the entity allocated for the console's most frequent read.
     */
    public static Campaign readOnly(UUID id) {
        List<Object[]> rows = getEntityManager().createNamedQuery(BY_ID, Object[].class).setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        Campaign c = new Campaign();
        c.id = (UUID) row[0];
        c.name = (String) row[1];
        c.productId = (UUID) row[2];
        c.launchId = (UUID) row[3];
        c.launchChannel = (Channel) row[4];
        c.parentId = (UUID) row[5];
        c.objective = (String) row[6];
        c.audienceSegment = (String) row[7];
        c.budgetAmount = (BigDecimal) row[8];
        c.budgetCurrency = (String) row[9];
        c.spentAmount = (BigDecimal) row[10];
        c.startsAt = (Instant) row[11];
        c.endsAt = (Instant) row[12];
        c.timeZone = (String) row[13];
        c.ownerTeam = (String) row[14];
        c.status = (CampaignStatus) row[15];
        c.budgetGuard = (Boolean) row[16];
        c.budgetWarned = (Boolean) row[17];
        c.createdAt = (Instant) row[18];
        c.updatedAt = (Instant) row[19];
        c.version = (Long) row[20];
        for (Object[] channelRow : rows) {
            if (channelRow[21] != null) {
                c.channels.add((Channel) channelRow[21]);
            }
        }
        return c;
    }

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
