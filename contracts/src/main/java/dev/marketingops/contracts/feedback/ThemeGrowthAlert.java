package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.SubjectType;
import java.time.Instant;
import java.util.UUID;

/**
 * A theme is mentioned much more often about a subject in the latest window than in the window before.
 *
 * @param theme            the theme's label as people wrote it (from redacted text)
 * @param mentions         feedback items mentioning it in [windowStart, windowEnd)
 * @param previousMentions feedback items mentioning it in the window of equal length before
 */
public record ThemeGrowthAlert(
        SubjectType subjectType,
        UUID subjectId,
        String theme,
        long mentions,
        long previousMentions,
        Instant windowStart,
        Instant windowEnd) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.ThemeGrowthAlert.v1";

    @Override
    public String aggregateId() {
        return subjectId.toString();
    }
}
