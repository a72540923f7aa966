package dev.marketingops.roadmap.insights.domain;

import dev.marketingops.contracts.common.FeedbackType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    /** Distinct customers asking for the item, as feedback-service last counted them (FeatureVotesCounted). */
    public long featureRequestVotes;
    public long featureVotesSequence;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Long> themes = new HashMap<>();

    public static ItemInsight empty(UUID itemId) {
        ItemInsight insight = new ItemInsight();
        insight.itemId = itemId;
        return insight;
    }

    /** Themes as counted: trimmed, lower-cased, each once per piece of feedback. */
    public static List<String> normalised(List<String> themes) {
        return themes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Adds one piece of feedback; NPS scores 9–10 promote, 7–8 are passive, 0–6 detract. */
    public void add(ItemFeedback feedback) {
        count(feedback, 1);
    }

    /** Takes back exactly what {@link #add} added for this piece of feedback. */
    public void remove(ItemFeedback feedback) {
        count(feedback, -1);
    }

    private void count(ItemFeedback feedback, int sign) {
        feedbackCount += sign;
        if (feedback.type == FeedbackType.NPS && feedback.score != null) {
            if (feedback.score >= 9) {
                promoters += sign;
            } else if (feedback.score >= 7) {
                passives += sign;
            } else {
                detractors += sign;
            }
        }
        if (feedback.sentiment != null) {
            sentimentSum = sign > 0 ? sentimentSum.add(feedback.sentiment) : sentimentSum.subtract(feedback.sentiment);
            sentimentCount += sign;
        }
        // A new map, so Hibernate sees the JSON column change; a theme nobody mentions any more disappears.
        Map<String, Long> counted = new HashMap<>(themes);
        feedback.themes.forEach(t -> counted.merge(t, (long) sign, (a, b) -> a + b == 0 ? null : a + b));
        themes = counted;
    }
}
