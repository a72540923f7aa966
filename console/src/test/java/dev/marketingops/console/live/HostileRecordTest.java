package dev.marketingops.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.ConsoleStack;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A record with a header of no value (which every service dead-letters) is skipped; the live feed goes on. */
@QuarkusTest
class HostileRecordTest {

    @Inject
    LiveFeed feed;

    @Test
    void aHeaderWithoutAValueDoesNotStopTheLiveFeed() throws Exception {
        UUID hostile = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        List<LiveEvent> seen = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(feed::ready);
        Cancellable following = feed.events().subscribe().with(seen::add);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsoleStack.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> nullHeader = new ProducerRecord<>("metrics.kpis", hostile.toString(), "{}");
            nullHeader.headers().add(new RecordHeader("ce_type", (byte[]) null));
            producer.send(nullHeader).get();
            ProducerRecord<String, String> next = new ProducerRecord<>("metrics.kpis", after.toString(), "{}");
            next.headers().add("ce_type", "dev.marketingops.metrics.KpiSnapshot.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(next).get();
        }
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> seen.stream().anyMatch(e -> e.mentions(after)));
            assertThat(feed.ready()).isTrue();
        } finally {
            following.cancel();
        }
    }
}
