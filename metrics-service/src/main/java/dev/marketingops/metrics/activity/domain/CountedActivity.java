package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import java.util.UUID;

/**
 * A valid activity event of a batch.
 *
 * @param eventKey   the dedup key of its CloudEvent id
 * @param producedAt the Kafka record timestamp (producer time), for event-to-visible latency
 */
public record CountedActivity(UUID eventKey, ActivityRecorded activity, long producedAt) {
}
