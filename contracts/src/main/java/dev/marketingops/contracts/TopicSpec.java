package dev.marketingops.contracts;

/**
 * A topic name with the partition count it is created with by default.
 *
 * @param name       topic name
 * @param partitions default partition count; consumers scale out up to this many replicas
 */
public record TopicSpec(String name, int partitions) {

    /** The dead-letter topic; same partition count so a record keeps its key's partition. */
    public TopicSpec dlq() {
        return new TopicSpec(Topics.dlq(name), partitions);
    }
}
