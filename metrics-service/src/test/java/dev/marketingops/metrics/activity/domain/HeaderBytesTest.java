package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.Record;
import org.apache.kafka.common.record.SimpleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The envelope read in place from the poll's buffers: the same answer as through Kafka's header API, nothing copied. */
class HeaderBytesTest {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final EventTimeBounds TIMES = CODEC.times();

    @Test
    void readsTheEnvelopeInPlaceWithoutMaterialisingTheHeaders() {
        assertThat(HeaderBytes.inPlace()).as("RecordHeader's buffers reachable in this Kafka client").isTrue();
        RecordHeaders polled = PolledHeaders.of(sent("0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f").headers());

        assertThat(ActivityEnvelope.key(polled, TIMES)).isEqualTo(UUID.fromString("0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f"));

        for (Header h : polled.toArray()) {
            assertThat(h).extracting("keyBuffer").as("key not made into a String").isNotNull();
            assertThat(h).extracting("valueBuffer").as("value not copied").isNotNull();
        }
    }

    /** Kafka's own record parsing, as a poll runs it on a fetched batch, plain and decompressed. */
    @ParameterizedTest
    @EnumSource(value = CompressionType.class, names = {"NONE", "GZIP", "SNAPPY"})
    void readsInPlaceWhatKafkasRecordParsingMakes(CompressionType compression) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> sent = sent(id);
        MemoryRecords fetched = MemoryRecords.readableRecords(MemoryRecords.withRecords(
                Compression.of(compression).build(), new SimpleRecord(0L, sent.key().getBytes(StandardCharsets.UTF_8),
                        sent.value(), sent.headers().toArray())).buffer());
        Record record = fetched.records().iterator().next();
        RecordHeaders polled = new RecordHeaders(record.headers());

        assertThat(ActivityEnvelope.key(polled, TIMES)).isEqualTo(EventIds.key(id));

        for (Header h : polled.toArray()) {
            assertThat(h).extracting("keyBuffer").as("key not made into a String").isNotNull();
            assertThat(h).extracting("valueBuffer").as("value not copied").isNotNull();
        }
    }

    @Test
    void answersAsTheHeaderApiDoesForHeadersMadeFromStringsOrAlreadyRead() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 2_000; i++) {
            String id = i % 3 == 0 ? "tool-event-" + random.nextInt() : UUID.randomUUID().toString();
            ProducerRecord<String, byte[]> sent = sent(id);
            RecordHeaders fromStrings = new RecordHeaders(sent.headers().toArray());
            RecordHeaders partlyRead = PolledHeaders.of(sent.headers());
            int n = 0;
            for (Header h : partlyRead.toArray()) {
                if (random.nextBoolean()) {
                    h.key(); // materialised: the cursor takes the public API's copy
                }
                if (random.nextBoolean()) {
                    h.value();
                }
                n++;
            }

            UUID inPlace = ActivityEnvelope.key(PolledHeaders.of(sent.headers()), TIMES);

            assertThat(inPlace).as("id %s", id).isEqualTo(EventIds.key(id));
            assertThat(ActivityEnvelope.key(fromStrings, TIMES)).isEqualTo(inPlace);
            assertThat(ActivityEnvelope.key(partlyRead, TIMES)).as("%d headers read partly", n).isEqualTo(inPlace);
        }
    }

    @Test
    void refusesInPlaceWhatItRefusesThroughTheApi() {
        ProducerRecord<String, byte[]> sent = sent(UUID.randomUUID().toString());
        RecordHeaders extension = new RecordHeaders(sent.headers().toArray());
        extension.add("ce_partitionkey", "k".getBytes(StandardCharsets.UTF_8));
        RecordHeaders otherHeader = new RecordHeaders(sent.headers().toArray());
        otherHeader.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
        RecordHeaders repeated = new RecordHeaders(sent.headers().toArray());
        repeated.add("ce_id", "another".getBytes(StandardCharsets.UTF_8));
        RecordHeaders nullId = new RecordHeaders(sent.headers().toArray());
        nullId.remove("ce_id");
        nullId.add("ce_id", null);
        RecordHeaders wrongType = new RecordHeaders(sent.headers().toArray());
        wrongType.remove("ce_type");
        wrongType.add("ce_type", (ActivityRecorded.TYPE + "x").getBytes(StandardCharsets.UTF_8));

        assertThat(ActivityEnvelope.key(PolledHeaders.of(extension), TIMES)).isNull();
        assertThat(ActivityEnvelope.key(PolledHeaders.of(otherHeader), TIMES)).isNotNull();
        assertThat(ActivityEnvelope.key(PolledHeaders.of(repeated), TIMES)).isNull();
        assertThat(ActivityEnvelope.key(PolledHeaders.of(nullId), TIMES)).isNull();
        assertThat(ActivityEnvelope.key(PolledHeaders.of(wrongType), TIMES)).isNull();
    }

    private static ProducerRecord<String, byte[]> sent(String id) {
        return CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY, "k", CODEC.toCloudEvent(
                ActivityRecorded.counted(UUID.randomUUID(), Channel.WEB, ActivityKind.CLICK, 1,
                        Instant.parse("2026-03-01T00:00:00Z"), JourneyStage.AWARENESS),
                URI.create("/tools/t"), id, OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
