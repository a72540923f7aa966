package dev.marketingops.metrics.activity.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.marketingops.contracts.ContractJson;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of activity from a tool that cannot reach Kafka. Each element is an ActivityRecorded payload (the JSON of
 * the marketing.activity event data), optionally with the caller's own CloudEvent id in {@code id}; elements are
 * validated one by one, so one bad value never sinks the batch, but a field the schema does not have refuses it (400).
 * OpenAPI documents the elements as {@link ActivityIngestEvent}.
 */
public record ActivityBatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = ActivityIngestEvent.class, minItems = 1, maxItems = 5_000)
        @NotNull @Size(min = 1, max = 5_000) @JsonDeserialize(contentUsing = ExactJsonNodes.class) List<JsonNode> events) {

    /**
     * Reads a batch element as the contract mapper does, so an amount such as 999999999999.999999 stays an exact
     * decimal (the service's shared mapper would read it as a double, rounding it up to the schema's bound).
     */
    public static final class ExactJsonNodes extends JsonDeserializer<JsonNode> {

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return ContractJson.mapper().readTree(parser);
        }
    }
}
