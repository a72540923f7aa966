package dev.marketingops.metrics.activity.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketingops.contracts.ContractJson;
import java.io.IOException;

/**
 * Reads a batch element as the contract mapper does, so an amount such as 999999999999.999999 stays an exact decimal
 * (the service's shared mapper would read it as a double, rounding it up to the schema's bound).
 */
public final class ExactJsonNodes extends JsonDeserializer<JsonNode> {

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return ContractJson.mapper().readTree(parser);
    }
}
