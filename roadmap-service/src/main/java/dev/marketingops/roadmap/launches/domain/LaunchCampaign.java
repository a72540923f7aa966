package dev.marketingops.roadmap.launches.domain;

import dev.marketingops.contracts.campaign.CampaignStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A campaign campaign-service created for a launch, with its latest known status. */
@Entity
public class LaunchCampaign extends PanacheEntityBase {

    @Id
    public UUID campaignId;
    public UUID launchId;
    /** Null until CampaignCreated is seen (a later event may arrive first after a replay from a later offset). */
    public String name;
    @Enumerated(EnumType.STRING)
    public CampaignStatus status;
    public Instant updatedAt;

    public static List<LaunchCampaign> ofLaunch(UUID launchId) {
        return list("launchId = ?1 order by campaignId", launchId);
    }
}
