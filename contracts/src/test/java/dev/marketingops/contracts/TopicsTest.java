package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Topic names, DLQ naming and default partition counts. */
class TopicsTest {

    @Test
    void dlqAppendsSuffix() {
        assertThat(Topics.dlq(Topics.MARKETING_ACTIVITY)).isEqualTo("marketing.activity.dlq");
    }

    @Test
    void allTopicsWithDefaultPartitions() {
        assertThat(Topics.all()).extracting(TopicSpec::name).containsExactly(
                "roadmap.launches", "roadmap.products", "campaign.lifecycle", "marketing.activity", "metrics.kpis",
                "feedback.insights", "feedback.submissions", "privacy.erasure", "privacy.erasure.completed");
        assertThat(Topics.all()).allSatisfy(t -> assertThat(t.partitions())
                .isEqualTo(t.name().equals("marketing.activity") ? 6 : 3));
    }

    @Test
    void dlqsKeepPartitionCount() {
        assertThat(Topics.allWithDlqs()).hasSize(18).contains(new TopicSpec("marketing.activity.dlq", 6));
    }

    @Test
    void everyCatalogTopicIsListed() {
        assertThat(EventCatalog.all()).extracting(EventContract::topic)
                .allMatch(topic -> Topics.all().stream().anyMatch(t -> t.name().equals(topic)));
    }
}
