package dev.marketingops.contracts;

/**
 * The data of one event type; every implementation is a record listed in {@link EventCatalog}.
 *
 * <p>The two methods are deliberately not bean getters, so Jackson never writes them into the JSON.
 */
public interface EventPayload {

    /** The aggregate the event is about; becomes the CloudEvent {@code subject}. */
    String aggregateId();

    /**
     * The Kafka record key. It defaults to the aggregate id; events whose topic is keyed by another
     * id (see the topic table in the design brief) override it, so per-key ordering holds.
     */
    default String partitionKey() {
        return aggregateId();
    }
}
