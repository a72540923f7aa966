package dev.marketingops.metrics.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A batch of activity from a tool that cannot reach Kafka. Each element is an ActivityRecorded payload (the JSON of
 * the marketing.activity event data); elements are validated one by one, so one bad event never sinks the batch.
 */
public record ActivityBatchRequest(@NotNull @Size(min = 1, max = 5_000) List<JsonNode> events) {
}
