package dev.marketingops.metrics.activity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's default partitioner picks for a campaign id key (murmur2 of its canonical text): every copy of
 * a campaign's event is counted there, so that partition's id window sees them all, however a tool keyed them.
 */
final class CanonicalPartition {

    private CanonicalPartition() {
    }

    static int of(UUID campaignId, int partitionCount) {
        return Utils.toPositive(Utils.murmur2(campaignId.toString().getBytes(StandardCharsets.US_ASCII))) % partitionCount;
    }
}
