package dev.marketingops.metrics.activity.domain;

/**
 * The offsets of one partition a batch covers.
 *
 * @param first the first offset in the batch; the stored position must not be past it (else another member counted it)
 * @param next  the offset after the last record in the batch
 */
public record PartitionRange(String topic, int partition, long first, long next) {
}
