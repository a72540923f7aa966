package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Moves objective progress from metrics.kpis, exactly once per event. */
@ApplicationScoped
public class MetricsKpisConsumer {

    static final String CONSUMER = "roadmap-service.objective-progress";

    private final EventIntake intake;
    private final ObjectiveReadings readings;

    public MetricsKpisConsumer(EventIntake intake, ObjectiveReadings readings) {
        this.intake = intake;
        this.readings = readings;
    }

    @Incoming("kpis")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof KpiSnapshot snapshot) {
            readings.snapshot(snapshot);
        } else if (event.payload() instanceof KpiThresholdCrossed crossed) {
            readings.thresholdCrossed(crossed);
        }
    }
}
