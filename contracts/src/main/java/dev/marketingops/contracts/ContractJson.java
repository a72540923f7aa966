package dev.marketingops.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration event payloads are written and read with. */
public final class ContractJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ContractJson() {
    }

    /**
     * The shared, thread-safe mapper. Do not reconfigure it: every service and tool relies on the same
     * wire format. Use {@link #newMapper()} for a copy you may change.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A fresh mapper with the contract configuration. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /** Applies the contract configuration to a mapper you own, e.g. in a Quarkus {@code ObjectMapperCustomizer}. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        // ISO-8601 text (2025-03-01, 2025-03-01T10:15:30Z), which is what the schemas' formats demand.
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        // Money and ratios stay exact: no double on the way in, no 1E+3 or lost trailing zeros on the way out.
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // New fields are additive changes: a reader on an older contract version must not break on them.
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // Optional fields are omitted rather than written as null; the schemas accept either.
        mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }
}
