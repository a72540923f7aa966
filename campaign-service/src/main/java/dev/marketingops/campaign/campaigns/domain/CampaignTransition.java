package dev.marketingops.campaign.campaigns.domain;

import dev.marketingops.contracts.campaign.CampaignStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded step in a campaign's history: what happened, who did it, when and why. */
@Entity
@Table(name = "campaign_transition")
public class CampaignTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID campaignId;
    /** A {@link CampaignAction} name, or CREATE / RESCHEDULE for steps that are not status changes. */
    public String action;
    @Enumerated(EnumType.STRING)
    public CampaignStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public CampaignStatus toStatus;
    public String actor;
    public String reason;
    public Instant occurredAt;

    public static CampaignTransition of(Campaign campaign, String action, CampaignStatus from, String actor,
                                        String reason, Instant at) {
        CampaignTransition transition = new CampaignTransition();
        transition.campaignId = campaign.id;
        transition.action = action;
        transition.fromStatus = from;
        transition.toStatus = campaign.status;
        transition.actor = actor;
        transition.reason = reason;
        transition.occurredAt = at;
        return transition;
    }

    /** Whether the campaign has ever been ACTIVE: from then on metrics may count spend in its budget currency. */
    public static boolean hasBeenActive(UUID campaignId) {
        return count("campaignId = ?1 and toStatus = ?2", campaignId, CampaignStatus.ACTIVE) > 0;
    }

    public static List<CampaignTransition> historyOf(UUID campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }
}
