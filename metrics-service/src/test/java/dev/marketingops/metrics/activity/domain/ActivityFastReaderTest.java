package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both fast activity readers (Jackson's streaming parser and the hand-written scanner) accept only what the
 * schema-validating codec accepts, and read it identically: the differential test against the codec.
 */
class ActivityFastReaderTest {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final String VALID_BODY = "{\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\",\"channel\":\"DISPLAY\","
            + "\"kind\":\"SPEND\",\"amount\":12.50,\"currency\":\"EUR\",\"occurredAt\":\"2026-03-01T10:15:30.250+02:00\","
            + "\"journeyStage\":\"AWARENESS\",\"customerRef\":\"cust-1\",\"count\":3}";

    @ParameterizedTest
    @EnumSource(ActivityFastReader.class)
    void readsEveryGeneratedEventExactlyAsTheCodecDoes(ActivityFastReader reader) {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3_000; i++) {
            ConsumerRecord<String, byte[]> record = delivered(CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY,
                    "k", CODEC.toCloudEvent(activity(random), URI.create("/tools/t" + random.nextInt(5)))));

            ActivityFastReader.Read fast = reader.read(record.headers(), record.value(), CODEC.times());

            assertThat(fast).as("fast path of %s taken for %s", reader, text(record)).isNotNull();
            assertSameAsCodec(record, fast);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " { \"occurredAt\" : \"2026-03-01T10:15:30Z\", \"journeyStage\":\"CONVERSION\", \"kind\":\"CLICK\", \"channel\":\"EMAIL\", \"campaignId\":\"0B5C6F7E-8A9B-4C1D-9E2F-3A4B5C6D7E8F\" }\n",
            "{\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\",\"channel\":\"WEB\",\"kind\":\"IMPRESSION\",\"occurredAt\":\"2026-02-28T23:59:59.123456789-05:30\",\"journeyStage\":\"AWARENESS\",\"customerRef\":null}",
            "{\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\",\"channel\":\"WEB\",\"kind\":\"REVENUE\",\"amount\":0,\"currency\":\"USD\",\"occurredAt\":\"2024-02-29T00:00:00Z\",\"journeyStage\":\"RETENTION\",\"customerRef\":\"c\"}",
            "{\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\",\"channel\":\"WEB\",\"kind\":\"CLICK\",\"occurredAt\":\"2026-03-01T10:15:30-18:00\",\"journeyStage\":\"AWARENESS\"}",
            "{\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\",\"channel\":\"WEB\",\"kind\":\"SIGNUP\",\"count\":1000000000,\"occurredAt\":\"2026-03-01T10:15:30Z\",\"journeyStage\":\"ADVOCACY\"}",
            "{\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\",\"channel\":\"WEB\",\"kind\":\"SPEND\",\"amount\":999999999999.999999,\"currency\":\"EUR\",\"occurredAt\":\"2026-03-01T10:15:30Z\",\"journeyStage\":\"ADVOCACY\"}",
            VALID_BODY})
    void readsPlainJsonAsTheCodecDoes(String body) {
        ConsumerRecord<String, byte[]> record = record(body);

        for (ActivityFastReader reader : ActivityFastReader.values()) {
            ActivityFastReader.Read fast = reader.read(record.headers(), record.value(), CODEC.times());

            assertThat(fast).as(reader.name()).isNotNull();
            assertSameAsCodec(record, fast);
        }
    }

    /** Valid events the fast path may hand to the codec: whatever it does read, it reads as the codec does. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"customerRef\":\"cust-1\"|\"customerRef\":\"caf\\u00e9 \\\"quoted\\\"\"",
            "\"customerRef\":\"cust-1\"|\"customerRef\":\"caf\u00e9\"",
            "\"count\":3|\"count\":3,\"futureField\":{\"a\":[1,2,{\"b\":null}]}",
            "\"count\":3|\"count\":3.0",
            "\"amount\":12.50|\"amount\":12.5000000",
            "\"amount\":12.50|\"amount\":1.25E1",
            // Jackson and the schema validator let a repeated field pass (the last one wins); the fast path does not.
            "\"channel\":\"DISPLAY\"|\"channel\":\"DISPLAY\",\"channel\":\"WEB\"",
    })
    void leavesUnusualButValidJsonToTheCodec(String replacement) {
        String[] parts = replacement.split("\\|", -1);
        ConsumerRecord<String, byte[]> record = record(VALID_BODY.replace(parts[0], parts[1]));

        CODEC.decode(record); // valid
        for (ActivityFastReader reader : ActivityFastReader.values()) {
            ActivityFastReader.Read fast = reader.read(record.headers(), record.value(), CODEC.times());
            if (fast != null) {
                assertSameAsCodec(record, fast);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\"|\"campaignId\":\"1-1-1-1-1\"",
            "\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8f\"|\"campaignId\":\"0b5c6f7e-8a9b-4c1d-9e2f-3a4b5c6d7e8g\"",
            "\"amount\":12.50|\"amount\":-0.01",
            "\"amount\":12.50|\"amount\":\"12.50\"",
            "\"amount\":12.50,|",
            "\"currency\":\"EUR\"|\"currency\":\"eur\"",
            "\"currency\":\"EUR\"|\"currency\":\"EURO\"",
            "\"kind\":\"SPEND\"|\"kind\":\"CLICK\"",
            "\"kind\":\"SPEND\"|\"kind\":\"spend\"",
            "\"count\":3|\"count\":0",
            // Bounds that keep every rollup cell within its column (bigint, numeric(38,6)).
            "\"count\":3|\"count\":1000000001",
            "\"count\":3|\"count\":9223372036854775807",
            "\"count\":3|\"count\":92233720368547758070",
            "\"amount\":12.50|\"amount\":1e32",
            "\"amount\":12.50|\"amount\":100000000000000000000000000000000",
            "\"amount\":12.50|\"amount\":1000000000000",
            "\"amount\":12.50|\"amount\":1000000000000.0",
            "\"amount\":12.50|\"amount\":0.0000001",
            "\"amount\":12.50|\"amount\":1e-999999999",
            "\"amount\":12.50|\"amount\":1e999999999",
            "\"count\":3|\"count\":null",
            "\"count\":3|\"count\":1.5",
            "2026-03-01T10:15:30.250+02:00|2026-03-01T10:15:30.250",
            "2026-03-01T10:15:30.250+02:00|2026-02-30T10:15:30Z",
            "2026-03-01T10:15:30.250+02:00|2026-03-01 10:15:30Z",
            "2026-03-01T10:15:30.250+02:00|2026-03-01T24:00:00Z",
            "2026-03-01T10:15:30.250+02:00|2026-03-01T10:15:30+18:30",
            "2026-03-01T10:15:30.250+02:00|2026-03-01T10:15:30-19:00",
            "\"customerRef\":\"cust-1\"|\"customerRef\":\"\"",
            "\"customerRef\":\"cust-1\"|\"customerRef\":42",
            "\"journeyStage\":\"AWARENESS\",|",
            "\"channel\":\"DISPLAY\"|\"channel\":\"TV\"",
            "{|[{",
            "\"count\":3|\"count\":03",
            "\"amount\":12.50|\"amount\":12.",
            "\"amount\":12.50|\"amount\":.5",
            "}|},",
            "}|}}",
            "\"channel\":\"DISPLAY\",|\"channel\":\"DISPLAY\",,",
    })
    void refusesWhatTheSchemaRefuses(String replacement) {
        String[] parts = replacement.split("\\|", -1);
        ConsumerRecord<String, byte[]> record = record(VALID_BODY.replace(parts[0], parts[1]));

        for (ActivityFastReader reader : ActivityFastReader.values()) {
            assertThat(reader.read(record.headers(), record.value(), CODEC.times())).as(reader.name()).isNull();
        }
        assertThatThrownBy(() -> CODEC.decode(record)).isInstanceOf(InvalidEventException.class);
    }

    @ParameterizedTest
    @EnumSource(ActivityFastReader.class)
    void leavesUnusualEnvelopesToTheCodec(ActivityFastReader reader) {
        ConsumerRecord<String, byte[]> valid = record(VALID_BODY);
        RecordHeaders farOffset = new RecordHeaders(valid.headers().toArray());
        farOffset.remove("ce_time");
        farOffset.add("ce_time", "2026-03-01T10:15:30+19:00".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(farOffset, valid.value(), CODEC.times())).isNull();
        for (String header : List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "content-type")) {
            RecordHeaders headers = new RecordHeaders(valid.headers().toArray());
            headers.remove(header);
            assertThat(reader.read(headers, valid.value(), CODEC.times())).as("without %s", header).isNull();
        }
        RecordHeaders extension = new RecordHeaders(valid.headers().toArray());
        extension.add("ce_partitionkey", "k".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(extension, valid.value(), CODEC.times())).isNull();
        RecordHeaders repeated = new RecordHeaders(valid.headers().toArray());
        repeated.add("ce_id", "another".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(repeated, valid.value(), CODEC.times())).isNull();
    }

    @ParameterizedTest
    @EnumSource(ActivityFastReader.class)
    void leavesACeTimeOutsideTheCodecsBoundsToTheCodecWhichRefusesIt(ActivityFastReader reader) {
        ConsumerRecord<String, byte[]> valid = record(VALID_BODY);
        for (String time : List.of("1999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
                Instant.now().plus(java.time.Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())) {
            RecordHeaders headers = new RecordHeaders(valid.headers().toArray());
            headers.remove("ce_time");
            headers.add("ce_time", time.getBytes(StandardCharsets.UTF_8));
            ConsumerRecord<String, byte[]> record = received(Topics.MARKETING_ACTIVITY, headers, "k", valid.value());

            assertThat(reader.read(record.headers(), record.value(), CODEC.times())).as(time).isNull();
            assertThatThrownBy(() -> CODEC.decode(record)).as(time).isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("ce_time");
        }
    }

    /** Random byte-level and header-level damage: whatever the fast path still accepts, the codec accepts identically. */
    @ParameterizedTest
    @EnumSource(ActivityFastReader.class)
    void neverAcceptsAMutantTheCodecRefuses(ActivityFastReader reader) {
        SplittableRandom random = new SplittableRandom(23);
        String alphabet = "\"{}[],:.-+eE0123456789 azAZTtZz\\\u00e9n";
        int fastAccepted = 0;
        int codecRefused = 0;
        for (int i = 0; i < 20_000; i++) {
            ConsumerRecord<String, byte[]> base = delivered(CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY,
                    "k", CODEC.toCloudEvent(activity(random), URI.create("/tools/fuzz"))));
            StringBuilder body = new StringBuilder(new String(base.value(), StandardCharsets.UTF_8));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(body.length());
                switch (random.nextInt(3)) {
                    case 0 -> body.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> body.deleteCharAt(at);
                    default -> body.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            RecordHeaders headers = new RecordHeaders(base.headers().toArray());
            if (random.nextInt(10) == 0) {
                Header victim = headers.toArray()[random.nextInt(headers.toArray().length)];
                headers.remove(victim.key());
                headers.add(new RecordHeader(victim.key(), mutate(victim.value(), random)));
            }
            ConsumerRecord<String, byte[]> mutant = received(Topics.MARKETING_ACTIVITY, headers, "k",
                    body.toString().getBytes(StandardCharsets.UTF_8));

            ActivityFastReader.Read fast = reader.read(mutant.headers(), mutant.value(), CODEC.times());
            if (fast != null) {
                fastAccepted++;
                assertSameAsCodec(mutant, fast);
            } else {
                try {
                    CODEC.decode(mutant);
                } catch (InvalidEventException e) {
                    codecRefused++;
                }
            }
        }
        // The mutations reach both sides of the line, or the test would prove little.
        assertThat(fastAccepted).isGreaterThan(300);
        assertThat(codecRefused).isGreaterThan(5_000);
    }

    private static void assertSameAsCodec(ConsumerRecord<String, byte[]> record, ActivityFastReader.Read fast) {
        DecodedEvent decoded;
        try {
            decoded = CODEC.decode(record);
        } catch (InvalidEventException e) {
            throw new AssertionError("fast path accepted what the codec refuses (" + e.getMessage() + "): " + text(record), e);
        }
        assertThat(fast.key()).isEqualTo(EventIds.key(decoded.id()));
        assertThat(fast.activity()).as(text(record)).isEqualTo(decoded.payload());
        if (fast.activity().amount() != null) {
            assertThat(fast.activity().amount().scale()).isEqualTo(((ActivityRecorded) decoded.payload()).amount().scale());
        }
    }

    private static ActivityRecorded activity(SplittableRandom random) {
        ActivityKind kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
        boolean money = kind == ActivityKind.SPEND || kind == ActivityKind.REVENUE;
        Instant at = Instant.parse("2025-12-31T22:00:00Z").plusSeconds(random.nextInt(400 * 86_400))
                .plusNanos(random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
        return new ActivityRecorded(UUID.randomUUID(), Channel.values()[random.nextInt(Channel.values().length)], kind,
                money ? Long.valueOf(1) : random.nextInt(3) == 0 ? null
                        : Long.valueOf(random.nextInt(20) == 0 ? 1_000_000_000 - random.nextInt(100) : 1 + random.nextInt(10_000)),
                money ? amount(random) : null,
                money ? List.of("EUR", "USD", "JPY").get(random.nextInt(3)) : null,
                at, JourneyStage.values()[random.nextInt(JourneyStage.values().length)],
                random.nextInt(5) == 0 ? "cust-" + random.nextInt(1_000_000) : null);
    }

    /** Mostly everyday amounts, sometimes at the schema's bounds (12 integer digits, 6 decimals), which mutants cross. */
    private static BigDecimal amount(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return new BigDecimal(1_000_000_000_000_000_000L - 1 - random.nextInt(1_000)).movePointLeft(6);
        }
        return new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(7));
    }

    private static byte[] mutate(byte[] value, SplittableRandom random) {
        if (value == null || value.length == 0 || random.nextBoolean()) {
            return "".getBytes(StandardCharsets.UTF_8);
        }
        byte[] copy = value.clone();
        copy[random.nextInt(copy.length)] = (byte) (' ' + random.nextInt(95));
        return copy;
    }

    private static ConsumerRecord<String, byte[]> record(String body) {
        ProducerRecord<String, byte[]> template = CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY, "k",
                CODEC.toCloudEvent(ActivityRecorded.counted(UUID.randomUUID(), Channel.WEB, ActivityKind.CLICK, 1,
                        Instant.parse("2026-03-01T00:00:00Z"), JourneyStage.AWARENESS), URI.create("/tools/t"),
                        UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC)));
        return received(Topics.MARKETING_ACTIVITY, new RecordHeaders(template.headers().toArray()), "k",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        List<String> headers = new ArrayList<>();
        record.headers().forEach(h -> headers.add(h.key() + "=" + (h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8))));
        return headers + " " + new String(record.value(), StandardCharsets.UTF_8);
    }

    /** What a consumer receives for what a producer sent, without a broker. */
    private static ConsumerRecord<String, byte[]> delivered(ProducerRecord<String, byte[]> sent) {
        return received(sent.topic(), new RecordHeaders(sent.headers().toArray()), sent.key(), sent.value());
    }

    private static ConsumerRecord<String, byte[]> received(String topic, RecordHeaders headers, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, 42L, 0L, TimestampType.CREATE_TIME, -1, -1, key, value, PolledHeaders.of(headers),
                Optional.empty());
    }
}
