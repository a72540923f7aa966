package dev.marketingops.metrics.activity.domain;

/**
 * Fired (as a CDI event) after a batch is committed and so visible to KPI queries.
 *
 * @param received    records in the batch, valid or not
 * @param counted     events counted (first seen)
 * @param producedAt  Kafka timestamps of the counted events, for event-to-visible latency
 * @param committedAt wall-clock millis of the commit
 */
public record ActivityBatchCommitted(int received, int counted, long[] producedAt, long committedAt) {
}
