package dev.marketingops.plumbing.inbox;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a Kafka record through the contracts codec; what cannot be used becomes an {@link UnusableEventException}. */
@ApplicationScoped
public class EventDecoder {

    private final EventCodec codec;

    public EventDecoder(EventCodec codec) {
        this.codec = codec;
    }

    public ReceivedEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            DecodedEvent decoded = codec.decode(record);
            var ce = decoded.cloudEvent();
            return new ReceivedEvent(ce.getId(), ce.getType(), ce.getSource().toString(), ce.getSubject(), ce.getTime(),
                    decoded.payload(), record.topic(), record.partition(), record.offset());
        } catch (InvalidEventException e) {
            throw new UnusableEventException(e.reason().name(), e.getMessage());
        } catch (RuntimeException e) {
            // The SDK throws its own exceptions for broken envelopes; they are just as permanent.
            throw new UnusableEventException("MALFORMED", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
