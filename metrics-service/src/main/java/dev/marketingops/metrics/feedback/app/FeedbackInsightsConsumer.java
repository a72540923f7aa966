package dev.marketingops.metrics.feedback.app;

import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.feedback.domain.NpsScores;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the latest NPS and CSAT per subject from feedback.insights, exactly once per event. */
@ApplicationScoped
public class FeedbackInsightsConsumer {

    static final String CONSUMER = "metrics-service.insights";

    private final EventIntake intake;
    private final NpsScores scores;
    private final KpiChanges changes;

    public FeedbackInsightsConsumer(EventIntake intake, NpsScores scores, KpiChanges changes) {
        this.intake = intake;
        this.scores = scores;
        this.changes = changes;
    }

    @Incoming("insights")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (!(event.payload() instanceof NpsUpdated u)) {
            return;
        }
        scores.record(u);
        // NPS and CSAT targets of a campaign, launch or product are measured again (a roadmap item has no targets here).
        switch (u.subjectType()) {
            case CAMPAIGN -> changes.linesChanged(KpiScope.CAMPAIGN, u.subjectId());
            case LAUNCH -> changes.linesChanged(KpiScope.LAUNCH, u.subjectId());
            case PRODUCT -> changes.linesChanged(KpiScope.PRODUCT, u.subjectId());
            default -> { }
        }
    }
}
