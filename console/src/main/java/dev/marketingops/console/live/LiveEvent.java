package dev.marketingops.console.live;

import dev.marketingops.contracts.Topics;
import java.util.UUID;

/**
 * One record seen on a public topic, named for the pages that refresh on it (roadmap, campaign, kpi, feedback).
 * {@code text} is the record's key and payload, so a page can tell whether the event mentions its subject.
 */
public record LiveEvent(String name, String type, String text, long seenAtNanos) {

    public static String nameOf(String topic) {
        return switch (topic) {
            case Topics.ROADMAP_LAUNCHES, Topics.ROADMAP_PRODUCTS -> "roadmap";
            case Topics.CAMPAIGN_LIFECYCLE -> "campaign";
            case Topics.METRICS_KPIS -> "kpi";
            case Topics.FEEDBACK_INSIGHTS -> "feedback";
            default -> "other";
        };
    }

    /** Whether the event is about the subject a page shows; pages without a subject take every event. */
    public boolean mentions(UUID subject) {
        return subject == null || text.contains(subject.toString());
    }
}
