package dev.marketingops.roadmap.objectives;

import static dev.marketingops.infra.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.roadmap.support.Published;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A KPI event that breaks its schema is parked on the DLQ with the reason, instead of blocking progress. */
@QuarkusTest
class KpiDeadLetterTest {

    @Test
    void aSnapshotMissingRequiredFieldsIsDeadLettered() {
        String id = UUID.randomUUID().toString();
        String scope = UUID.randomUUID().toString();
        Published.kafka().publish(Topics.METRICS_KPIS, scope,
                Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/tests/roadmap", "ce_type", KpiSnapshot.TYPE,
                        "ce_subject", scope, "content-type", "application/json"),
                ("{\"scope\":\"LAUNCH\",\"scopeId\":\"" + scope + "\"}").getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> parked = await().atMost(Duration.ofSeconds(30)).until(
                () -> Published.kafka().readMatching(Topics.dlq(Topics.METRICS_KPIS), r -> id.equals(header(r, "ce_id"))),
                records -> records.size() == 1).get(0);
        assertThat(header(parked, "dlq-original-topic")).isEqualTo(Topics.METRICS_KPIS);
        assertThat(header(parked, "dlq-reason")).isNotBlank();
        assertThat(parked.key()).isEqualTo(scope);
    }
}
