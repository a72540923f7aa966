package dev.marketingops.metrics.support;

import dev.marketingops.contracts.Topics;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.activity.app.ActivityIntake;
import dev.marketingops.metrics.activity.domain.RollupStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the service stored: rollup totals per campaign and bucket, and whether it has consumed everything. */
@ApplicationScoped
public class Rollups {

    private final EntityManager em;
    private final RollupStore store;

    public Rollups(EntityManager em, RollupStore store) {
        this.em = em;
        this.store = store;
    }

    /** Sum of one counted column (impressions, clicks, activities...) of a campaign. */
    public long total(UUID campaign, String column) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(" + column + "), 0) from activity_rollup where campaign_id = ?1")
                .setParameter(1, campaign).getSingleResult()).longValue());
    }

    /** Impressions of a campaign per hour bucket. */
    public Map<Instant, Long> impressionsByHour(UUID campaign) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select bucket_start, sum(impressions) from activity_rollup where campaign_id = ?1 group by bucket_start")
                    .setParameter(1, campaign).getResultList();
            return rows.stream().collect(Collectors.toMap(r -> (Instant) r[0], r -> ((Number) r[1]).longValue()));
        });
    }

    /** True once the stored positions reach the end of every marketing.activity partition. */
    public boolean caughtUp() {
        Map<Integer, Long> stored = store.positions(ActivityIntake.CONSUMER, Topics.MARKETING_ACTIVITY);
        return endOffsets().entrySet().stream()
                .allMatch(e -> e.getValue() == 0 || stored.getOrDefault(e.getKey().partition(), 0L) >= e.getValue());
    }

    private static Map<TopicPartition, Long> endOffsets() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = c.partitionsFor(Topics.MARKETING_ACTIVITY).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return c.endOffsets(partitions);
        }
    }
}
