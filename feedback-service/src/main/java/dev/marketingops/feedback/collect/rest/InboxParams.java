package dev.marketingops.feedback.collect.rest;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.feedback.collect.domain.InboxFilter;
import dev.marketingops.feedback.collect.domain.SentimentBand;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The inbox's optional type, sentiment and theme filters, shared by GET /feedback and GET /feedback-overview. */
public class InboxParams {

    static final int MAX_THEME = 100;

    @QueryParam("type")
    @Parameter(description = "Inbox: NPS, CSAT, REVIEW or FEATURE_REQUEST")
    String type;
    @QueryParam("sentiment")
    @Parameter(description = "Inbox: POSITIVE, NEUTRAL or NEGATIVE")
    String sentiment;
    @QueryParam("theme")
    @Parameter(description = "Inbox: a theme's label as /themes shows it, at most " + MAX_THEME + " characters")
    String theme;

    /** The filter for one subject; range null for no date bound. 400 naming the parameter when one is unreadable. */
    public InboxFilter filter(Subject subject, TimeRange range) {
        return switch (subject.type()) {
            case PRODUCT -> filter(subject.id(), null, null, null, range);
            case LAUNCH -> filter(null, subject.id(), null, null, range);
            case CAMPAIGN -> filter(null, null, subject.id(), null, range);
            case ROADMAP_ITEM -> filter(null, null, null, subject.id(), range);
        };
    }

    /** The filter for any of the subject ids (each optional); range null for no date bound. */
    public InboxFilter filter(UUID productId, UUID launchId, UUID campaignId, UUID roadmapItemId, TimeRange range) {
        return new InboxFilter(productId, launchId, campaignId, roadmapItemId,
                QueryValues.enumValue(FeedbackType.class, type, "type"),
                QueryValues.enumValue(SentimentBand.class, sentiment, "sentiment"), theme(),
                range == null ? null : range.from(), range == null ? null : range.to());
    }

    private String theme() {
        if (theme != null && (theme.length() > MAX_THEME || theme.indexOf('\0') >= 0)) {
            throw ProblemException.badRequest("theme", "must be at most " + MAX_THEME + " characters, without NUL");
        }
        return theme == null || theme.isBlank() ? null : theme.strip();
    }
}
