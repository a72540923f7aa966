package dev.marketingops.metrics.owners.app;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.metrics.owners.domain.ScopeOwners;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns each product's owner team from roadmap.products, so writes to product targets can be checked. */
@ApplicationScoped
public class RoadmapProductsConsumer {

    static final String CONSUMER = "metrics-service.products";

    private final EventIntake intake;
    private final ScopeOwners owners;

    public RoadmapProductsConsumer(EventIntake intake, ScopeOwners owners) {
        this.intake = intake;
        this.owners = owners;
    }

    @Incoming("products")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof LifecycleStageChanged changed) {
            owners.remember(KpiScope.PRODUCT, changed.productId(), changed.ownerTeam());
        }
    }
}
