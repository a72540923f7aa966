package dev.marketingops.metrics.activity.rest;

import java.util.List;

/**
 * What became of each event of a batch: accepted ones were published to marketing.activity (acknowledged by the
 * broker); rejected ones were not published, with every reason.
 */
public record ActivityIngestReport(int received, int accepted, int rejected, List<Accepted> acceptedEvents,
                                   List<Rejected> rejectedEvents) {

    /** An accepted event, by its position in the batch, with the CloudEvent id it was published under. */
    public record Accepted(int index, String eventId) {
    }

    /** A rejected event, by its position in the batch. */
    public record Rejected(int index, List<Reason> reasons) {
    }

    /** One reason: the field (a JSON path inside the event) and what is wrong with it. */
    public record Reason(String field, String message) {
    }
}
