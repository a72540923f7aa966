package dev.marketingops.feedback.collect.domain;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One piece of feedback as stored: text already redacted, the customer only as a keyed hash. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public FeedbackType type;
    public Integer score;
    public Integer rating;
    public String redactedText;
    public BigDecimal sentiment;
    public UUID productId;
    public UUID launchId;
    public UUID campaignId;
    public UUID roadmapItemId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String locale;
    public Instant submittedAt;
    public Instant receivedAt;
    public String customerHash;
    public String customerKeyId;
    public Instant deliveredAt;
    public UUID deliveredLaunchId;
    /** Set when triage merged this request into another one, which now carries its voters. */
    public UUID mergedInto;
    @Version
    public long version;

    public SubjectRef subject() {
        return new SubjectRef(productId, launchId, campaignId, roadmapItemId);
    }

    public void linkTo(SubjectRef subject) {
        productId = subject.productId();
        launchId = subject.launchId();
        campaignId = subject.campaignId();
        roadmapItemId = subject.roadmapItemId();
    }
}
