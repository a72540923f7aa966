package dev.marketingops.feedback.insights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Counted answers for a subject and period, from which NPS, CSAT and sentiment figures follow.
 *
 * @param csatCounts answers per CSAT rating, index 0 for rating 1 … index 4 for rating 5
 */
public record ScoreTally(long promoters, long passives, long detractors, List<Long> csatCounts,
                         long sentimentSamples, BigDecimal sentimentSum, long negativeSamples) {

    public static final ScoreTally EMPTY = new ScoreTally(0, 0, 0, List.of(0L, 0L, 0L, 0L, 0L), 0, BigDecimal.ZERO, 0);

    public long responses() {
        return promoters + passives + detractors;
    }

    /** % promoters − % detractors, one decimal; null when nobody answered, since 0 would claim a neutral score. */
    public BigDecimal nps() {
        if (responses() == 0) {
            return null;
        }
        return BigDecimal.valueOf((promoters - detractors) * 100L).divide(BigDecimal.valueOf(responses()), 1, RoundingMode.HALF_UP);
    }

    public long csatResponses() {
        return csatCounts.stream().mapToLong(Long::longValue).sum();
    }

    /** Mean CSAT rating, two decimals; null without CSAT answers. */
    public BigDecimal csatAverage() {
        long n = csatResponses();
        if (n == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < csatCounts.size(); i++) {
            sum += (i + 1) * csatCounts.get(i);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /** Mean sentiment of the texts, three decimals; null without texts. */
    public BigDecimal sentimentAverage() {
        return sentimentSamples == 0 ? null : sentimentSum.divide(BigDecimal.valueOf(sentimentSamples), 3, RoundingMode.HALF_UP);
    }

    public ScoreTally plus(ScoreTally other) {
        List<Long> csat = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            csat.add(csatCounts.get(i) + other.csatCounts.get(i));
        }
        return new ScoreTally(promoters + other.promoters, passives + other.passives, detractors + other.detractors, csat,
                sentimentSamples + other.sentimentSamples, sentimentSum.add(other.sentimentSum),
                negativeSamples + other.negativeSamples);
    }
}
