package dev.marketingops.metrics.activity.rest;

import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI only: one element of {@link ActivityBatchRequest#events()}, the fields of contracts' ActivityRecorded
 * (schemas/dev.marketingops.metrics.ActivityRecorded.v1.json) plus the optional own event id. Never deserialized:
 * the resource reads elements as JSON and validates them against the contract itself.
 */
@Schema(name = "ActivityIngestEvent", additionalProperties = Schema.False.class,
        description = "An ActivityRecorded event (schema dev.marketingops.metrics.ActivityRecorded.v1) with an optional "
                + "own CloudEvent id. amount and currency are required for kind SPEND and REVENUE and must be absent "
                + "for every other kind; any other field is refused (400).")
public record ActivityIngestEvent(
        @Schema(description = "The caller's own CloudEvent id for this event (a UUID is best); a retry with the same id "
                + "is counted once within the dedup horizon", minLength = 1, maxLength = 200) String id,
        @Schema(required = true) UUID campaignId,
        @Schema(required = true) Channel channel,
        @Schema(required = true) ActivityKind kind,
        @Schema(description = "How many occurrences this record stands for; tools may pre-aggregate",
                minimum = "1", maximum = "1000000000", defaultValue = "1") Long count,
        @Schema(description = "Money amount for SPEND and REVENUE: below 10^12, at most 6 decimals",
                minimum = "0", maximum = "1000000000000", exclusiveMaximum = true, multipleOf = 0.000001) BigDecimal amount,
        @Schema(description = "ISO-4217 code for SPEND and REVENUE", pattern = "^[A-Z]{3}$") String currency,
        @Schema(required = true, description = "Event time; rollups bucket by it, late events included. From "
                + "2000-01-01T00:00:00Z to at most a day (marketingops.events.max-future-skew) after the service's clock; "
                + "otherwise the event is rejected naming $.occurredAt") Instant occurredAt,
        @Schema(required = true) JourneyStage journeyStage,
        @Schema(nullable = true, description = "Pseudonymous customer reference; never an email address or phone "
                        + "number. Printable characters only (no control character such as NUL) and not only blanks; "
                        + "otherwise the event is rejected naming $.customerRef",
                minLength = 1, maxLength = 200) String customerRef) {
}
