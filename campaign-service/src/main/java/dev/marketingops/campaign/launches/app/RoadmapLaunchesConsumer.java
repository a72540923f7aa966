package dev.marketingops.campaign.launches.app;

import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import dev.marketingops.plumbing.owners.TeamOwners;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code roadmap.launches} exactly once through the shared intake; other launch events are not ours. */
@ApplicationScoped
public class RoadmapLaunchesConsumer {

    public static final String CONSUMER = "campaign-service.launch-fanout";

    private final EventIntake intake;
    private final LaunchCampaigns campaigns;
    private final TeamOwners owners;

    public RoadmapLaunchesConsumer(EventIntake intake, LaunchCampaigns campaigns, TeamOwners owners) {
        this.intake = intake;
        this.campaigns = campaigns;
        this.owners = owners;
    }

    @Incoming("launches")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof LaunchScheduled scheduled) {
            owners.learnFrom(event);
            campaigns.scheduled(scheduled);
        } else if (event.payload() instanceof LaunchRescheduled rescheduled) {
            campaigns.rescheduled(rescheduled);
        } else if (event.payload() instanceof LaunchCancelled cancelled) {
            campaigns.cancelled(cancelled);
        }
    }
}
