package dev.marketingops.contracts;

import java.util.List;

/** Kafka topic names shared by all services and tools. */
public final class Topics {

    /** Launch lifecycle and objectives from roadmap; key: launch id. */
    public static final String ROADMAP_LAUNCHES = "roadmap.launches";
    /** Product lifecycle stage changes from roadmap; key: product id. */
    public static final String ROADMAP_PRODUCTS = "roadmap.products";
    /** Campaign lifecycle and budget events from campaign; key: campaign id. */
    public static final String CAMPAIGN_LIFECYCLE = "campaign.lifecycle";
    /** Public ingest of marketing activity from tools and metrics' ingest API; key: campaign id. */
    public static final String MARKETING_ACTIVITY = "marketing.activity";
    /** KPI snapshots and threshold crossings from metrics; key: scope id (campaign, launch or product). */
    public static final String METRICS_KPIS = "metrics.kpis";
    /** Sanitised feedback and its aggregates from feedback; key: subject id. */
    public static final String FEEDBACK_INSIGHTS = "feedback.insights";
    /** Raw feedback from support tools, may hold personal data; consumed only by feedback-service. */
    public static final String FEEDBACK_SUBMISSIONS = "feedback.submissions";
    /** Customer erasure requests, consumed by every service; key: customer ref. */
    public static final String PRIVACY_ERASURE = "privacy.erasure";
    /** A service has applied an erasure request (no customer reference); consumed by feedback; key: request id. */
    public static final String PRIVACY_ERASURE_COMPLETED = "privacy.erasure.completed";

    /** Activity is by far the busiest topic, so it gets more partitions for metrics to scale out. */
    private static final int ACTIVITY_PARTITIONS = 6;
    private static final int DEFAULT_PARTITIONS = 3;

    private static final List<TopicSpec> ALL = List.of(
            new TopicSpec(ROADMAP_LAUNCHES, DEFAULT_PARTITIONS),
            new TopicSpec(ROADMAP_PRODUCTS, DEFAULT_PARTITIONS),
            new TopicSpec(CAMPAIGN_LIFECYCLE, DEFAULT_PARTITIONS),
            new TopicSpec(MARKETING_ACTIVITY, ACTIVITY_PARTITIONS),
            new TopicSpec(METRICS_KPIS, DEFAULT_PARTITIONS),
            new TopicSpec(FEEDBACK_INSIGHTS, DEFAULT_PARTITIONS),
            new TopicSpec(FEEDBACK_SUBMISSIONS, DEFAULT_PARTITIONS),
            new TopicSpec(PRIVACY_ERASURE, DEFAULT_PARTITIONS),
            new TopicSpec(PRIVACY_ERASURE_COMPLETED, DEFAULT_PARTITIONS));

    private Topics() {
    }

    /** The dead-letter topic of a topic: events that fail their schema or handling go there. */
    public static String dlq(String topic) {
        return topic + ".dlq";
    }

    /** Every event topic with its default partition count (without the DLQs; see {@link TopicSpec#dlq()}). */
    public static List<TopicSpec> all() {
        return ALL;
    }

    /** Every event topic followed by its DLQ, for tooling that creates topics up front. */
    public static List<TopicSpec> allWithDlqs() {
        return ALL.stream().flatMap(t -> java.util.stream.Stream.of(t, t.dlq())).toList();
    }
}
