package dev.marketingops.roadmap.insights.app;

import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import dev.marketingops.roadmap.objectives.app.ObjectiveReadings;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds item insights from feedback.insights, removes what a retracted (erased) piece of feedback added, follows
 * feature-request triage (link, unlink, merge, vote counts) and feeds NPS/CSAT objectives, exactly once per event.
 */
@ApplicationScoped
public class FeedbackInsightsConsumer {

    static final String CONSUMER = "roadmap-service.item-insights";

    private final EventIntake intake;
    private final ObjectiveReadings readings;
    private final EntityManager em;
    private final FeatureRequestInsights featureRequests;

    public FeedbackInsightsConsumer(EventIntake intake, ObjectiveReadings readings, EntityManager em,
                            FeatureRequestInsights featureRequests) {
        this.intake = intake;
        this.readings = readings;
        this.em = em;
        this.featureRequests = featureRequests;
    }

    @Incoming("feedback")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof FeedbackReceived feedback) {
            UUID itemId = itemOf(feedback.subject());
            if (itemId != null) {
                featureRequests.received(feedback, itemId);
            }
        } else if (event.payload() instanceof FeedbackRetracted retracted) {
            featureRequests.retracted(retracted);
        } else if (event.payload() instanceof NpsUpdated nps) {
            readings.nps(nps);
        } else if (event.payload() instanceof FeatureRequestLinked linked) {
            featureRequests.linked(linked);
        } else if (event.payload() instanceof FeatureRequestUnlinked unlinked) {
            featureRequests.unlinked(unlinked);
        } else if (event.payload() instanceof FeatureRequestsMerged merged) {
            featureRequests.merged(merged);
        } else if (event.payload() instanceof FeatureVotesCounted votes) {
            featureRequests.votesCounted(votes);
        }
    }

    /** The item the feedback is about: named directly, or through its launch. */
    private UUID itemOf(SubjectRef subject) {
        if (subject.roadmapItemId() != null) {
            return subject.roadmapItemId();
        }
        if (subject.launchId() == null) {
            return null;
        }
        List<?> items = em.createNativeQuery("select item_id from launch where id = ?1")
                .setParameter(1, subject.launchId()).getResultList();
        return items.isEmpty() ? null : (UUID) items.get(0);
    }
}
