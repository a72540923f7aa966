package dev.marketingops.roadmap.insights.domain;

import dev.marketingops.contracts.common.FeedbackType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one piece of feedback added to its item's insight, kept so a retraction can subtract exactly that. */
@Entity
public class ItemFeedback extends PanacheEntityBase {

    @Id
    public UUID feedbackId;
    public UUID itemId;
    @Enumerated(EnumType.STRING)
    public FeedbackType type;
    public Integer score;
    public BigDecimal sentiment;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> themes = new ArrayList<>();
    /**
     * The time of the last FeatureRequestLinked that put the piece on its item (feedback-service's clock); null when
     * it was counted from FeedbackReceived alone or before V3_8.
     */
    public Instant linkedAt;

    public static ItemFeedback of(UUID feedbackId, UUID itemId, FeedbackType type, Integer score, BigDecimal sentiment,
                           List<String> themes) {
        ItemFeedback row = new ItemFeedback();
        row.feedbackId = feedbackId;
        row.itemId = itemId;
        row.type = type;
        row.score = score;
        row.sentiment = sentiment;
        row.themes = new ArrayList<>(themes);
        return row;
    }

    /**
     * True when a link made after {@code at} keeps the piece counted: a merge that ends it travels under its target's key
     * and may arrive after the link that followed it (the hand-over of an erased target's merge to this duplicate).
     */
    public boolean linkedAfter(Instant at) {
        return linkedAt != null && linkedAt.isAfter(at);
    }
}
