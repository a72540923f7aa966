package dev.marketingops.plumbing.testapp;

import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies LaunchCompleted events from Kafka exactly once, through the shared intake. */
@ApplicationScoped
public class CompletionConsumer {

    static final String CONSUMER = "plumbing-test.completions";

    private final EventIntake intake;
    private final EntityManager em;

    public CompletionConsumer(EventIntake intake, EntityManager em) {
        this.intake = intake;
        this.em = em;
    }

    @Incoming("launches")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof LaunchCompleted completed) {
            em.createNativeQuery("""
                    insert into applied_completion (launch_id, times) values (?1, 1)
                    on conflict (launch_id) do update set times = applied_completion.times + 1""")
                    .setParameter(1, completed.launchId())
                    .executeUpdate();
        }
    }
}
