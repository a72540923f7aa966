package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marketingops.contracts.InvalidEventException.Reason;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** What a consumer gets for records it cannot handle: one exception type, a reason code, the culprit named. */
class DecodeFailuresTest {

    private static final String VALID_DATA = "{\"launchId\":\"6f1c2b1e-8c1a-4a55-9a1e-0b7f2d3c4e5f\","
            + "\"itemId\":\"0d6f7a9e-3b2c-4d1e-8f0a-1b2c3d4e5f60\",\"productId\":\"a3b4c5d6-e7f8-4901-8234-56789abcdef0\","
            + "\"reason\":\"market withdrawn\"}";

    private final EventCodec codec = EventCodec.standard();

    private static RecordHeaders headers(String type, String contentType) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", "evt-1");
        add(headers, "ce_source", "/tools/test");
        add(headers, "ce_type", type);
        if (contentType != null) {
            add(headers, "content-type", contentType);
        }
        return headers;
    }

    private static void add(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidEventException decode(RecordHeaders headers, String value) {
        ConsumerRecord<String, byte[]> record = KafkaRecords.received(Topics.ROADMAP_LAUNCHES, headers, "k",
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        return catchThrowableOfType(InvalidEventException.class, () -> codec.decode(record));
    }

    @Test
    void validRecordDecodes() {
        var record = KafkaRecords.received(Topics.ROADMAP_LAUNCHES, headers(LaunchCancelled.TYPE, "application/json"),
                "k", VALID_DATA.getBytes(StandardCharsets.UTF_8));

        assertThat(codec.decode(record).payloadAs(LaunchCancelled.class).reason()).isEqualTo("market withdrawn");
    }

    @Test
    void malformedJson() {
        InvalidEventException e = decode(headers(LaunchCancelled.TYPE, "application/json"), "{\"launchId\": oops");
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.eventType()).isEqualTo(LaunchCancelled.TYPE);
    }

    @Test
    void emptyValueIsMalformed() {
        assertThat(decode(headers(LaunchCancelled.TYPE, "application/json"), null).reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void unknownType() {
        InvalidEventException e = decode(headers("dev.marketingops.roadmap.LaunchPostponed.v1", "application/json"), VALID_DATA);
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_TYPE);
        assertThat(e.getMessage()).contains("dev.marketingops.roadmap.LaunchPostponed.v1");
    }

    @Test
    void missingCeHeadersAreNamed() {
        RecordHeaders headers = headers(LaunchCancelled.TYPE, "application/json");
        headers.remove("ce_id");
        headers.remove("ce_source");

        InvalidEventException e = decode(headers, VALID_DATA);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE);
        assertThat(e.violations()).extracting(Violation::path).containsExactly("id", "source");
        assertThat(e.getMessage()).contains("ce_id", "ce_source");
    }

    @Test
    void plainKafkaRecordWithoutCloudEventHeaders() {
        InvalidEventException e = decode(new RecordHeaders(), VALID_DATA);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE);
        assertThat(e.getMessage()).contains("ce_specversion");
    }

    @Test
    void wrongSpecVersion() {
        RecordHeaders headers = headers(LaunchCancelled.TYPE, "application/json");
        add(headers, "ce_specversion", "0.3");

        InvalidEventException e = decode(headers, VALID_DATA);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE);
        assertThat(e.violations()).extracting(Violation::path).containsExactly("specversion");
    }

    @Test
    void unsupportedSpecVersion() {
        RecordHeaders headers = headers(LaunchCancelled.TYPE, "application/json");
        add(headers, "ce_specversion", "7.0");

        assertThat(decode(headers, VALID_DATA).reason()).isEqualTo(Reason.INVALID_ENVELOPE);
    }

    @Test
    void missingOrWrongContentType() {
        assertThat(decode(headers(LaunchCancelled.TYPE, null), VALID_DATA).getMessage()).contains("content-type");
        assertThat(decode(headers(LaunchCancelled.TYPE, "text/plain"), VALID_DATA).reason())
                .isEqualTo(Reason.INVALID_ENVELOPE);
    }

    @Test
    void structuredModeIsRejectedWithAHint() {
        InvalidEventException e = decode(headers(LaunchCancelled.TYPE, "application/cloudevents+json"), VALID_DATA);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE);
        assertThat(e.getMessage()).contains("binary mode");
    }

    @Test
    void schemaViolationNamesTheFields() {
        InvalidEventException e = decode(headers(LaunchCancelled.TYPE, "application/json"),
                VALID_DATA.replace("\"reason\":\"market withdrawn\"", "\"reason\":\"\""));
        assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$.reason");
        assertThat(e.getMessage()).contains("$.reason");
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        var record = KafkaRecords.received(Topics.ROADMAP_LAUNCHES, headers(LaunchCancelled.TYPE, "application/json"),
                "k", VALID_DATA.replace("}", ",\"cancelledBy\":\"cmo\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(codec.decode(record).payload()).isInstanceOf(LaunchCancelled.class);
    }
}
