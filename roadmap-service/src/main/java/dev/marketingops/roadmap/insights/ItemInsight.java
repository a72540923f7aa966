package dev.marketingops.roadmap.insights;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Running feedback aggregates for one roadmap item: counts, NPS buckets, sentiment, themes and feature votes. */
@Entity
public class ItemInsight extends PanacheEntityBase {

    @Id
    public UUID itemId;
    public long feedbackCount;
    public long promoters;
    public long passives;
    public long detractors;
    public BigDecimal sentimentSum = BigDecimal.ZERO;
    public long sentimentCount;
    public long featureRequestVotes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Long> themes = new HashMap<>();

    static ItemInsight empty(UUID itemId) {
        ItemInsight insight = new ItemInsight();
        insight.itemId = itemId;
        return insight;
    }

    /** Adds one piece of feedback; NPS scores 9–10 promote, 7–8 are passive, 0–6 detract. */
    void add(FeedbackReceived feedback) {
        feedbackCount++;
        if (feedback.type() == FeedbackType.NPS && feedback.score() != null) {
            if (feedback.score() >= 9) {
                promoters++;
            } else if (feedback.score() >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        if (feedback.sentiment() != null) {
            sentimentSum = sentimentSum.add(feedback.sentiment());
            sentimentCount++;
        }
        if (feedback.type() == FeedbackType.FEATURE_REQUEST) {
            featureRequestVotes++;
        }
        // A new map, so Hibernate sees the JSON column change.
        Map<String, Long> counted = new HashMap<>(themes);
        feedback.themes().stream().map(t -> t.trim().toLowerCase()).filter(t -> !t.isEmpty()).distinct()
                .forEach(t -> counted.merge(t, 1L, Long::sum));
        themes = counted;
    }
}
