package dev.marketingops.campaign.budget.app;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads campaign-scoped spend and budget crossings from {@code metrics.kpis} for the budget guard. */
@ApplicationScoped
public class MetricsKpisConsumer {

    public static final String CONSUMER = "campaign-service.budget-guard";

    private final EventIntake intake;
    private final BudgetGuard guard;

    public MetricsKpisConsumer(EventIntake intake, BudgetGuard guard) {
        this.intake = intake;
        this.guard = guard;
    }

    @Incoming("kpis")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof KpiSnapshot snapshot && snapshot.scope() == KpiScope.CAMPAIGN
                && snapshot.spend() != null) {
            guard.spendReported(snapshot.scopeId(), snapshot.spend());
        } else if (event.payload() instanceof KpiThresholdCrossed crossed && crossed.scope() == KpiScope.CAMPAIGN
                && crossed.kind() == ThresholdKind.BUDGET_EXHAUSTED) {
            guard.exhausted(crossed.scopeId(), crossed.value(), crossed.threshold());
        }
    }
}
