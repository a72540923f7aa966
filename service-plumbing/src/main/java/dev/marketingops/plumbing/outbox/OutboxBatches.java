package dev.marketingops.plumbing.outbox;

import dev.marketingops.plumbing.kafka.KafkaPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Reads one batch of unpublished outbox rows, publishes them in id order and marks the published prefix sent. */
@ApplicationScoped
public class OutboxBatches {

    private static final Logger LOG = Logger.getLogger(OutboxBatches.class);

    private final KafkaPublisher publisher;
    private final OutboxRecords records;
    private final int batchSize;
    private final Timer commitToPublish;

    public OutboxBatches(KafkaPublisher publisher, OutboxRecords records, MeterRegistry registry,
                         @ConfigProperty(name = "marketingops.outbox.batch-size") int batchSize) {
        this.publisher = publisher;
        this.records = records;
        this.batchSize = batchSize;
        this.commitToPublish = Timer.builder("marketingops.outbox.commit.to.publish")
                .description("Time from an outbox row's insert to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Publishes the next batch; answers true when the batch was full (more rows may be waiting). */
    public boolean publishNext(Connection connection) throws SQLException {
        List<PendingRow> rows = fetch(connection);
        if (rows.isEmpty()) {
            return false;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (PendingRow row : rows) {
            acks.add(publisher.send(records.toProducerRecord(row)));
        }
        List<Long> published = new ArrayList<>(rows.size());
        try {
            for (int i = 0; i < rows.size(); i++) {
                acks.get(i).get(15, TimeUnit.SECONDS);
                published.add(rows.get(i).id());
                commitToPublish.record(Duration.between(rows.get(i).createdAt(), Instant.now()));
            }
        } catch (ExecutionException | TimeoutException e) {
            // Stop at the first failure: the rest is retried in order, never skipped.
            publisher.reset();
            markPublished(connection, published);
            throw new IllegalStateException("Kafka did not acknowledge outbox event " + rows.get(published.size()).eventId()
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            markPublished(connection, published);
            return false;
        }
        markPublished(connection, published);
        LOG.debugf("Published %d outbox events", published.size());
        return rows.size() == batchSize;
    }

    private List<PendingRow> fetch(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                select id, event_id, topic, event_key, event_type, source, subject, occurred_at, payload, trace_parent, created_at
                from outbox_event where published_at is null order by id limit ?""")) {
            st.setInt(1, batchSize);
            List<PendingRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PendingRow(rs.getLong(1),
                            new OutboxEvent(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9)),
                            rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        }
    }

    private static void markPublished(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement(
                "update outbox_event set published_at = clock_timestamp() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            st.setArray(1, array);
            st.executeUpdate();
        }
    }

    /** An unpublished row with what the relay needs besides the event itself. */
    public record PendingRow(long id, OutboxEvent event, String traceParent, Instant createdAt) {
        UUID eventId() {
            return event.eventId();
        }
    }
}
