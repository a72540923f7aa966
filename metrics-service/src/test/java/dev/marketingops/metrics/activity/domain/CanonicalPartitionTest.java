package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/** The canonical partition is the one Kafka's default partitioner picks for the campaign id's text as key. */
class CanonicalPartitionTest {

    @Test
    void agreesWithTheDefaultPartitionerOfTheCampaignIdKey() {
        for (int i = 0; i < 10_000; i++) {
            UUID id = UUID.randomUUID();
            int expected = Utils.toPositive(Utils.murmur2(id.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(CanonicalPartition.murmur(id)).isEqualTo(expected);
            assertThat(CanonicalPartition.of(id, 6)).isEqualTo(expected % 6);
        }
        UUID edge = new UUID(0, -1L);
        assertThat(CanonicalPartition.murmur(edge))
                .isEqualTo(Utils.toPositive(Utils.murmur2(edge.toString().getBytes(StandardCharsets.UTF_8))));
    }
}
