package dev.marketingops.plumbing.outbox;

import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventCodec;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Rebuilds the stored CloudEvent under its original id and continues the writer's trace on the Kafka record. */
@ApplicationScoped
public class OutboxRecords {

    private static final TextMapGetter<String> TRACE_PARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private final EventCodec codec;
    private final OpenTelemetry telemetry;

    public OutboxRecords(EventCodec codec, OpenTelemetry telemetry) {
        this.codec = codec;
        this.telemetry = telemetry;
    }

    ProducerRecord<String, byte[]> toProducerRecord(OutboxBatches.PendingRow row) {
        OutboxEvent stored = row.event();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(stored.eventId().toString())
                .withSource(URI.create(stored.source()))
                .withType(stored.type())
                .withTime(stored.occurredAt())
                .withDataContentType(EventCodec.CONTENT_TYPE)
                .withData(EventCodec.CONTENT_TYPE, stored.payloadJson().getBytes(StandardCharsets.UTF_8));
        EventCatalog.find(stored.type()).ifPresent(contract -> builder.withDataSchema(contract.schemaUri()));
        if (stored.subject() != null) {
            builder.withSubject(stored.subject());
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = codec.toProducerRecord(stored.topic(), stored.key(), event);
        if (row.traceParent() != null) {
            // The writer's span is the parent: consumers' spans join the trace of the REST call that caused the change.
            Context parent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), row.traceParent(), TRACE_PARENT);
            telemetry.getPropagators().getTextMapPropagator().inject(parent, record,
                    (carrier, key, value) -> carrier.headers().remove(key).add(key, value.getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }
}
