package dev.marketingops.feedback.roadmap.app;

import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.feedback.roadmap.domain.TrackedLaunch;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Tracks launches from roadmap.launches; a completed launch delivers its roadmap item's feature requests. */
@ApplicationScoped
public class RoadmapLaunchesConsumer {

    static final String CONSUMER = "feedback-service.launches";

    private final EventIntake intake;
    private final FeatureRequests featureRequests;

    public RoadmapLaunchesConsumer(EventIntake intake, FeatureRequests featureRequests) {
        this.intake = intake;
        this.featureRequests = featureRequests;
    }

    @Incoming("launches")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof LaunchScheduled scheduled) {
            TrackedLaunch launch = TrackedLaunch.findOrTrack(scheduled.launchId(), scheduled.itemId(), scheduled.productId());
            launch.name = scheduled.name();
            launch.launchDate = scheduled.launchDate();
            if (launch.status != TrackedLaunch.Status.COMPLETED) {
                launch.status = TrackedLaunch.Status.SCHEDULED;
            }
        } else if (event.payload() instanceof LaunchRescheduled rescheduled) {
            TrackedLaunch.findOrTrack(rescheduled.launchId(), rescheduled.itemId(), rescheduled.productId()).launchDate = rescheduled.newDate();
        } else if (event.payload() instanceof LaunchCancelled cancelled) {
            TrackedLaunch.findOrTrack(cancelled.launchId(), cancelled.itemId(), cancelled.productId()).status = TrackedLaunch.Status.CANCELLED;
        } else if (event.payload() instanceof LaunchCompleted completed) {
            TrackedLaunch launch = TrackedLaunch.findOrTrack(completed.launchId(), completed.itemId(), completed.productId());
            launch.status = TrackedLaunch.Status.COMPLETED;
            launch.completedAt = completed.completedAt();
            if (launch.itemId != null) {
                featureRequests.deliver(launch.itemId, launch.launchId, completed.completedAt());
            }
        }
    }
}
