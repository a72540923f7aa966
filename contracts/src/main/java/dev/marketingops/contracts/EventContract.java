package dev.marketingops.contracts;

import java.net.URI;

/**
 * Everything one event type promises: its CloudEvent type, payload record, topic, schema and producer.
 *
 * @param type          CloudEvent {@code type}, {@code dev.marketingops.<service>.<Event>.v1}
 * @param payloadClass  the record the JSON data maps to
 * @param topic         the Kafka topic it is published on
 * @param producer      who publishes it (a service, or tools for ingest events)
 * @param defaultSource CloudEvent {@code source} used when the producer does not give its own
 */
public record EventContract(
        String type,
        Class<? extends EventPayload> payloadClass,
        String topic,
        String producer,
        URI defaultSource) {

    /** Base of the schemas' {@code $id}s; an identifier only, resolved from the classpath, never fetched. */
    public static final String SCHEMA_BASE_URI = "https://marketingops.dev/schemas/";

    /** Classpath folder of the schemas (also {@code contracts/src/main/resources/schemas/} in the repository). */
    public static final String SCHEMA_FOLDER = "schemas/";

    /** Classpath resource of the JSON Schema, e.g. {@code schemas/dev.marketingops.roadmap.LaunchScheduled.v1.json}. */
    public String schemaResource() {
        return SCHEMA_FOLDER + type + ".json";
    }

    /** The schema's {@code $id}; written as the CloudEvent {@code dataschema}. */
    public URI schemaUri() {
        return URI.create(SCHEMA_BASE_URI + type + ".json");
    }

    /** The dead-letter topic for this event's topic. */
    public String dlqTopic() {
        return Topics.dlq(topic);
    }
}
