package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import java.util.UUID;

/**
 * A valid activity event of a batch.
 *
 * @param eventKey    the dedup key of its CloudEvent id
 * @param producedAt  the Kafka record timestamp (producer time), for event-to-visible latency
 * @param customerKey the customer reference's stored pseudonym, computed on the parallel decode (null without a
 *                    reference): the commit, which runs alone, never hashes
 */
public record CountedActivity(UUID eventKey, ActivityRecorded activity, long producedAt, UUID customerKey) {
}
