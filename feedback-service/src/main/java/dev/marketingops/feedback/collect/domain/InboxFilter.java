package dev.marketingops.feedback.collect.domain;

import dev.marketingops.contracts.common.FeedbackType;
import java.time.Instant;
import java.util.UUID;

/** What the feedback inbox is narrowed to; every field is optional. */
public record InboxFilter(UUID productId, UUID launchId, UUID campaignId, UUID roadmapItemId, FeedbackType type, SentimentBand sentiment,
                          String theme, Instant from, Instant to) {
}
