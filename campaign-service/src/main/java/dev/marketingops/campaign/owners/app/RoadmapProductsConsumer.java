package dev.marketingops.campaign.owners.app;

import dev.marketingops.campaign.owners.domain.KnownOwners;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns each product's owner team from roadmap.products, so a campaign naming a product is checked against it. */
@ApplicationScoped
public class RoadmapProductsConsumer {

    static final String CONSUMER = "campaign-service.products";

    private final EventIntake intake;
    private final KnownOwners owners;

    public RoadmapProductsConsumer(EventIntake intake, KnownOwners owners) {
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
            owners.remember(KnownOwners.Kind.PRODUCT, changed.productId(), changed.ownerTeam());
        }
    }
}
