package dev.marketingops.metrics.targets.app;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchObjective;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.plumbing.owners.TeamOwners;
import dev.marketingops.metrics.targets.domain.KpiTargets;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps KPI targets and launch owners in step with roadmap.launches (objectives and launches), exactly once per event. */
@ApplicationScoped
public class RoadmapLaunchesConsumer {

    static final String CONSUMER = "metrics-service.launches";

    private final EventIntake intake;
    private final KpiTargets targets;
    private final TeamOwners owners;

    public RoadmapLaunchesConsumer(EventIntake intake, KpiTargets targets, TeamOwners owners) {
        this.intake = intake;
        this.targets = targets;
        this.owners = owners;
    }

    @Incoming("launches")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof LaunchScheduled s) {
            owners.learnFrom(event);
            for (LaunchObjective o : s.objectives()) {
                targets.putObjective(o.objectiveId(), KpiScope.LAUNCH, s.launchId(), o.kpiKey(), o.direction(),
                        o.baseline(), o.target(), o.dueDate());
            }
        } else if (event.payload() instanceof ObjectiveChanged c) {
            if (c.change() == ObjectiveChange.DELETED) {
                targets.deleteObjective(c.objectiveId());
            } else {
                // An objective on an item that is not a launch measures the whole product.
                KpiScope scope = c.launchId() != null ? KpiScope.LAUNCH : KpiScope.PRODUCT;
                targets.putObjective(c.objectiveId(), scope, c.launchId() != null ? c.launchId() : c.productId(),
                        c.kpiKey(), c.direction(), c.baseline(), c.target(), c.dueDate());
            }
        } else if (event.payload() instanceof LaunchRescheduled r) {
            // roadmap moves only the launch date (it sends no ObjectiveChanged on a reschedule), so the targets that
            // hang on the launch are moved here, by the difference; an ObjectiveChanged sent later still sets its own date.
            targets.shiftDueDates(KpiScope.LAUNCH, r.launchId(), ChronoUnit.DAYS.between(r.previousDate(), r.newDate()));
        } else if (event.payload() instanceof LaunchCancelled c) {
            targets.deleteScope(KpiScope.LAUNCH, c.launchId());
        }
    }
}
