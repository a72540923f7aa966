package dev.marketingops.roadmap.launches.app;

import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCancelled;
import dev.marketingops.contracts.campaign.CampaignCompleted;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignEvent;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignResumed;
import dev.marketingops.contracts.campaign.CampaignScheduled;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import dev.marketingops.roadmap.launches.domain.LaunchCampaign;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the campaigns of each launch and their states from campaign.lifecycle, exactly once per event. */
@ApplicationScoped
public class CampaignLifecycleConsumer {

    static final String CONSUMER = "roadmap-service.launch-campaigns";

    private final EventIntake intake;

    public CampaignLifecycleConsumer(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("campaigns")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (!(event.payload() instanceof CampaignEvent campaign) || campaign.launchId() == null) {
            return;
        }
        CampaignStatus status = statusAfter(campaign);
        LaunchCampaign row = LaunchCampaign.findById(campaign.campaignId());
        if (row == null) {
            row = new LaunchCampaign();
            row.campaignId = campaign.campaignId();
            row.launchId = campaign.launchId();
            row.status = status == null ? CampaignStatus.DRAFT : status;
            row.updatedAt = campaign.occurredAt();
            row.persist();
        }
        if (campaign instanceof CampaignCreated created) {
            row.name = created.name();
        }
        // Events for one campaign share a partition, so they arrive in order; the timestamp check guards replays.
        if (status != null && !campaign.occurredAt().isBefore(row.updatedAt)) {
            row.status = status;
            row.updatedAt = campaign.occurredAt();
        }
    }

    /** The status a campaign event leaves the campaign in, or null for events that do not change it (budget). */
    private static CampaignStatus statusAfter(CampaignEvent event) {
        if (event instanceof CampaignCreated created) {
            return created.status();
        }
        if (event instanceof CampaignScheduled) {
            return CampaignStatus.SCHEDULED;
        }
        if (event instanceof CampaignActivated || event instanceof CampaignResumed) {
            return CampaignStatus.ACTIVE;
        }
        if (event instanceof CampaignPaused) {
            return CampaignStatus.PAUSED;
        }
        if (event instanceof CampaignCompleted) {
            return CampaignStatus.COMPLETED;
        }
        if (event instanceof CampaignCancelled) {
            return CampaignStatus.CANCELLED;
        }
        return null;
    }
}
