package dev.marketingops.feedback.insights.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.feedback.insights.domain.Granularity;
import dev.marketingops.feedback.insights.domain.NpsTrend;
import dev.marketingops.feedback.insights.domain.ScoreTally;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** NPS, CSAT and sentiment of a subject over a range, in total and per period (the trend). */
public record NpsReport(SubjectType subjectType, UUID subjectId, Instant from, Instant to, Granularity granularity,
                        Figures total, List<Period> periods) {

    public static NpsReport of(NpsTrend trend) {
        return new NpsReport(trend.subject().type(), trend.subject().id(), trend.range().from(), trend.range().to(),
                trend.granularity(), Figures.of(trend.total()),
                trend.periods().stream().map(p -> new Period(p.start(), p.end(), Figures.of(p.tally()))).toList());
    }

    /** The figures of one tally; absent figures are written as null, not left out, so "no answers" is explicit. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(@Schema(nullable = true, description = "null when there are no NPS answers") BigDecimal nps, long responses, long promoters, long passives, long detractors,
                          Csat csat, Sentiment sentiment) {

        static Figures of(ScoreTally t) {
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                distribution.put(String.valueOf(i + 1), t.csatCounts().get(i));
            }
            return new Figures(t.nps(), t.responses(), t.promoters(), t.passives(), t.detractors(),
                    new Csat(t.csatAverage(), t.csatResponses(), distribution),
                    new Sentiment(t.sentimentAverage(), t.sentimentSamples(), t.negativeSamples()));
        }
    }

    /** CSAT: mean rating and how many gave each rating 1–5. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Csat(@Schema(nullable = true, description = "null when there are no CSAT answers") BigDecimal average, long responses, Map<String, Long> distribution) {
    }

    /** Sentiment of the texts: mean −1..1, how many texts, how many negative. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Sentiment(@Schema(nullable = true, description = "null when there are no texts") BigDecimal average, long samples, long negative) {
    }

    /** One week or month of the trend, [start, end). */
    public record Period(Instant start, Instant end, Figures figures) {
    }
}
