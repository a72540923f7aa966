package dev.marketingops.roadmap.insights.rest;

import dev.marketingops.roadmap.insights.domain.ItemInsight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What feedback says about a roadmap item.
 *
 * @param nps              promoters minus detractors in percent of NPS responses, or null without responses
 * @param averageSentiment mean sentiment -1..1 of analysed texts, or null without any
 */
@Schema(example = "{\"itemId\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", \"feedbackCount\": 128, \"nps\": 31.5, "
        + "\"npsResponses\": 92, \"averageSentiment\": 0.214, \"topThemes\": [{\"theme\": \"pricing\", "
        + "\"count\": 17}, {\"theme\": \"export\", \"count\": 9}], \"featureRequestVotes\": 23}")
public record InsightView(UUID itemId, long feedbackCount, BigDecimal nps, long npsResponses,
                          BigDecimal averageSentiment, List<ThemeCount> topThemes, long featureRequestVotes) {

    static final int TOP_THEMES = 5;

    /** A theme and how many pieces of feedback mention it. */
    public record ThemeCount(String theme, long count) {
    }

    static InsightView of(ItemInsight i) {
        long responses = i.promoters + i.passives + i.detractors;
        BigDecimal nps = responses == 0 ? null : BigDecimal.valueOf(100 * (i.promoters - i.detractors))
                .divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_UP);
        BigDecimal sentiment = i.sentimentCount == 0 ? null
                : i.sentimentSum.divide(BigDecimal.valueOf(i.sentimentCount), 3, RoundingMode.HALF_UP);
        List<ThemeCount> top = i.themes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_THEMES).map(e -> new ThemeCount(e.getKey(), e.getValue())).toList();
        return new InsightView(i.itemId, i.feedbackCount, nps, responses, sentiment, top, i.featureRequestVotes);
    }
}
