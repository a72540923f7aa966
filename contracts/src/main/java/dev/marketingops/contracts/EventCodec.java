package dev.marketingops.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Turns payload records into CloudEvents on Kafka (binary mode, {@code ce_*} headers, JSON data) and back.
 * Both directions validate against the schema, so nothing invalid is published and nothing invalid is handled.
 * Immutable and thread-safe.
 */
public final class EventCodec {

    public static final String CONTENT_TYPE = "application/json";

    /** Headers binary mode needs before the SDK can even try; checked first to name what is missing. */
    private static final List<String> REQUIRED_HEADERS = List.of("ce_specversion", "ce_id", "ce_source", "ce_type");

    private final EventValidator validator;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final EventTimeBounds times;

    /** Reads times within {@link EventTimeBounds#DEFAULT_MAX_FUTURE_SKEW} of {@code clock}. */
    public EventCodec(EventValidator validator, ObjectMapper mapper, Clock clock) {
        this(validator, mapper, clock, new EventTimeBounds(clock, EventTimeBounds.DEFAULT_MAX_FUTURE_SKEW));
    }

    /** {@code clock} stamps the events it writes; {@code times} says which CloudEvent times it reads. */
    public EventCodec(EventValidator validator, ObjectMapper mapper, Clock clock, EventTimeBounds times) {
        this.validator = Objects.requireNonNull(validator);
        this.mapper = Objects.requireNonNull(mapper);
        this.clock = Objects.requireNonNull(clock);
        this.times = Objects.requireNonNull(times);
    }

    /** A codec with the shared validator, the contract mapper and the UTC system clock. */
    public static EventCodec standard() {
        return new EventCodec(EventValidator.standard(), ContractJson.mapper(), Clock.systemUTC());
    }

    /** The CloudEvent times {@link #decode} accepts; fast readers of one event type apply the same. */
    public EventTimeBounds times() {
        return times;
    }

    // ---- writing -------------------------------------------------------------------------------------------

    /** A CloudEvent with a new id, the catalog's default source for the type, and the current time. */
    public CloudEvent toCloudEvent(EventPayload payload) {
        return toCloudEvent(payload, EventCatalog.forPayload(payload.getClass()).defaultSource());
    }

    /** A CloudEvent with a new id and the current time; tools pass their own source, e.g. {@code /tools/ads-sync}. */
    public CloudEvent toCloudEvent(EventPayload payload, URI source) {
        return toCloudEvent(payload, source, UUID.randomUUID().toString(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * A CloudEvent with everything given. Use it to republish a stored event (e.g. from an outbox) under its
     * original id, so consumers deduplicate a retried publish instead of counting it twice.
     *
     * @throws InvalidEventException SCHEMA_VIOLATION if the payload breaks its schema (strict: unknown fields too)
     */
    public CloudEvent toCloudEvent(EventPayload payload, URI source, String id, OffsetDateTime time) {
        EventContract contract = EventCatalog.forPayload(payload.getClass());
        byte[] data = write(contract, payload);
        List<Violation> violations = validator.validate(contract.type(), data, EventValidator.Mode.STRICT);
        if (!violations.isEmpty()) {
            throw InvalidEventException.schemaViolation(contract.type(), violations);
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(contract.type())
                .withTime(time)
                .withDataContentType(CONTENT_TYPE)
                .withDataSchema(contract.schemaUri())
                .withData(CONTENT_TYPE, data);
        String subject = payload.aggregateId();
        if (subject != null) {
            builder.withSubject(subject);
        }
        return builder.build();
    }

    /** The payload as a record on its topic, keyed by {@link EventPayload#partitionKey()}, with the default source. */
    public ProducerRecord<String, byte[]> toProducerRecord(EventPayload payload) {
        return toProducerRecord(toCloudEvent(payload), payload.partitionKey());
    }

    /** The event as a record on its type's topic (from the catalog) with the given key. */
    public ProducerRecord<String, byte[]> toProducerRecord(CloudEvent event, String key) {
        return toProducerRecord(EventCatalog.require(event.getType()).topic(), key, event);
    }

    /** The event in binary mode ({@code ce_*} headers, {@code content-type}, JSON value) on any topic. */
    public ProducerRecord<String, byte[]> toProducerRecord(String topic, String key, CloudEvent event) {
        return KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
    }

    private byte[] write(EventContract contract, EventPayload payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw InvalidEventException.malformed(contract.type(), "cannot write payload: " + e.getOriginalMessage(), e);
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /**
     * Reads a Kafka record into its validated, typed payload. Unknown fields are ignored (tolerant reader).
     *
     * @throws InvalidEventException INVALID_ENVELOPE (also for a {@code time} outside {@link #times()}), UNKNOWN_TYPE,
     *                               MALFORMED or SCHEMA_VIOLATION; send the record to the DLQ, retrying cannot help
     */
    public DecodedEvent decode(ConsumerRecord<String, byte[]> record) {
        return decode(record.headers(), record.value());
    }

    /** As {@link #decode(ConsumerRecord)}, for frameworks that hand over headers and value separately. */
    public DecodedEvent decode(Headers headers, byte[] value) {
        return decode(readCloudEvent(headers, value));
    }

    /**
     * Validates a CloudEvent's attributes (its {@code time} within {@link #times()} too) and data and maps the data to
     * its payload record.
     */
    public DecodedEvent decode(CloudEvent event) {
        List<Violation> envelope = validator.validateAttributes(event);
        Violation time = times.check(event.getTime());
        if (time != null) {
            envelope = new ArrayList<>(envelope);
            envelope.add(time);
        }
        if (!envelope.isEmpty()) {
            throw InvalidEventException.invalidEnvelope(event.getType(), envelope, null);
        }
        EventContract contract = EventCatalog.require(event.getType());
        CloudEventData data = event.getData();
        EventPayload payload = readPayload(contract, data == null ? null : data.toBytes());
        return new DecodedEvent(event, contract, payload);
    }

    /** Reads only the envelope of a binary-mode record; the data is neither parsed nor validated. */
    public CloudEvent readCloudEvent(Headers headers, byte[] value) {
        String contentType = header(headers, "content-type");
        if (contentType != null && contentType.startsWith("application/cloudevents")) {
            throw InvalidEventException.invalidEnvelope(null, List.of(new Violation("datacontenttype",
                    "structured mode (" + contentType + ") is not supported; publish in binary mode with ce_* headers",
                    "cloudevent")), null);
        }
        List<Violation> missing = new ArrayList<>();
        for (String header : REQUIRED_HEADERS) {
            if (headers.lastHeader(header) == null) {
                missing.add(new Violation(header.substring(3), "is required (Kafka header " + header + ")",
                        "cloudevent"));
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidEventException.invalidEnvelope(null, missing, null);
        }
        try {
            return KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (RuntimeException e) {
            // The SDK throws CloudEventRWException, IllegalStateException or IllegalArgumentException here.
            throw InvalidEventException.invalidEnvelope(header(headers, "ce_type"),
                    List.of(new Violation("envelope", String.valueOf(e.getMessage()), "cloudevent")), e);
        }
    }

    /**
     * Validates JSON data of a type (tolerant) and maps it to the payload record; for ingest paths that get
     * payloads without an envelope, such as a REST batch.
     */
    public EventPayload readPayload(String type, byte[] json) {
        return readPayload(EventCatalog.require(type), json);
    }

    /** As {@link #readPayload(String, byte[])} for an already parsed tree. */
    public EventPayload readPayload(String type, JsonNode json) {
        EventContract contract = EventCatalog.require(type);
        List<Violation> violations = validator.validate(type, json, EventValidator.Mode.TOLERANT);
        if (!violations.isEmpty()) {
            throw InvalidEventException.schemaViolation(type, violations);
        }
        EventPayload payload;
        try {
            payload = mapper.treeToValue(json, contract.payloadClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw InvalidEventException.malformed(type, e.getMessage(), e);
        }
        return bounded(type, payload);
    }

    private EventPayload readPayload(EventContract contract, byte[] json) {
        List<Violation> violations = validator.validate(contract.type(), json, EventValidator.Mode.TOLERANT);
        if (!violations.isEmpty()) {
            throw InvalidEventException.schemaViolation(contract.type(), violations);
        }
        EventPayload payload;
        try {
            payload = mapper.readValue(json, contract.payloadClass());
        } catch (IOException | IllegalArgumentException e) {
            // Only reachable for data the schema cannot express (e.g. a value Jackson cannot bind); still not retryable.
            throw InvalidEventException.malformed(contract.type(), e.getMessage(), e);
        }
        return bounded(contract.type(), payload);
    }

    /** The payload if its values fit storage ({@link PayloadBounds}); a schema violation naming the field otherwise. */
    private static EventPayload bounded(String type, EventPayload payload) {
        List<Violation> violations = PayloadBounds.check(payload);
        if (!violations.isEmpty()) {
            throw InvalidEventException.schemaViolation(type, violations);
        }
        return payload;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
