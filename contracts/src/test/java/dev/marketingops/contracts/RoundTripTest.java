package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog entry: sample payload → Kafka record → consumer → the same payload, valid under its schema. */
class RoundTripTest {

    private final EventCodec codec = EventCodec.standard();

    static Iterable<EventContract> contracts() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void samplePassesStrictValidation(EventContract contract) throws Exception {
        byte[] json = ContractJson.mapper().writeValueAsBytes(Samples.of(contract));
        assertThat(EventValidator.standard().validate(contract.type(), json))
                .as(new String(json, StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void roundTripsThroughKafkaBinaryMode(EventContract contract) {
        EventPayload sample = Samples.of(contract);

        ProducerRecord<String, byte[]> sent = codec.toProducerRecord(sample);
        DecodedEvent received = codec.decode(KafkaRecords.delivered(sent));

        assertThat(sent.topic()).isEqualTo(contract.topic());
        assertThat(sent.key()).isEqualTo(sample.partitionKey());
        assertThat(received.payload()).isEqualTo(sample);
        assertThat(received.contract()).isEqualTo(contract);
        assertThat(received.cloudEvent().getSubject()).isEqualTo(sample.aggregateId());
        assertThat(received.payloadAs(contract.payloadClass())).isSameAs(received.payload());
    }
}
