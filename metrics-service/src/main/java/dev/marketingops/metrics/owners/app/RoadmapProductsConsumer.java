package dev.marketingops.metrics.owners.app;

import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.owners.TeamOwners;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns each product's owner team from roadmap.products, so writes to product targets can be checked. */
@ApplicationScoped
public class RoadmapProductsConsumer {

    static final String CONSUMER = "metrics-service.products";

    private final EventIntake intake;
    private final TeamOwners owners;

    public RoadmapProductsConsumer(EventIntake intake, TeamOwners owners) {
        this.intake = intake;
        this.owners = owners;
    }

    @Incoming("products")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, owners::learnFrom);
    }
}
