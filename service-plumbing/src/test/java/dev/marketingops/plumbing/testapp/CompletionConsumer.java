package dev.marketingops.plumbing.testapp;

import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
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
            poison(completed);
            em.createNativeQuery("""
                    insert into applied_completion (launch_id, times) values (?1, 1)
                    on conflict (launch_id) do update set times = applied_completion.times + 1""")
                    .setParameter(1, completed.launchId())
                    .executeUpdate();
        }
    }

    /** Fails the way a real handler can, for launches a test marked as poison. */
    private void poison(LaunchCompleted completed) {
        List<?> kind = em.createNativeQuery("select kind from poison_launch where launch_id = ?1")
                .setParameter(1, completed.launchId()).getResultList();
        if (kind.isEmpty()) {
            return;
        }
        switch ((String) kind.get(0)) {
            case "overflow" -> em.createNativeQuery("insert into consumer_sink (amount) values (1e32)").executeUpdate();
            case "constraint" -> em.createNativeQuery("insert into consumer_sink (amount) values (-1)").executeUpdate();
            case "locked" -> {
                em.createNativeQuery("set local lock_timeout = '200ms'").executeUpdate();
                em.createNativeQuery("select id from consumer_lock where id = 1 for update").getResultList();
            }
            default -> throw new IllegalStateException("unknown poison " + kind.get(0));
        }
    }
}
