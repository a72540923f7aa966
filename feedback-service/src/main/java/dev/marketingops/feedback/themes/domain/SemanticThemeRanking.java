package dev.marketingops.feedback.themes.domain;

import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ranks the semantic themes of a subject in a range: texts per theme, the range before, average sentiment, the
 * nearest redacted texts as quotes (the shortest of them is the label) and the keywords most of them share.
 */
@ApplicationScoped
public class SemanticThemeRanking {

    static final int LABEL_LENGTH = 80;
    static final int QUOTE_LENGTH = 300;
    static final int KEYWORDS = 3;

    private final EntityManager em;
    private final ThemeConfig config;

    public SemanticThemeRanking(EntityManager em, ThemeConfig config) {
        this.em = em;
        this.config = config;
    }

    public Ranking rank(Subject subject, TimeRange range, ThemeRanking.Order order, int limit) {
        TimeRange previous = range.previous();
        String orderBy = order == ThemeRanking.Order.TREND ? "mentions - previous_mentions desc, mentions desc" : "mentions desc, mentions - previous_mentions desc";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select theme_id, mentions, previous_mentions, sentiment, negative from (
                            select ft.theme_id,
                                   count(*) filter (where f.submitted_at >= ?2) as mentions,
                                   count(*) filter (where f.submitted_at < ?2) as previous_mentions,
                                   avg(f.sentiment) filter (where f.submitted_at >= ?2) as sentiment,
                                   count(*) filter (where f.submitted_at >= ?2 and f.sentiment <= %s) as negative
                            from feedback_theme ft join feedback f on f.id = ft.feedback_id
                            where f.%s = ?1 and f.submitted_at >= ?3 and f.submitted_at < ?4
                            group by ft.theme_id) ranked
                        where mentions > 0
                        order by %s, theme_id
                        limit ?5""".formatted(SentimentLabel.NEGATIVE_AT, subject.column(), orderBy))
                .setParameter(1, subject.id()).setParameter(2, range.from()).setParameter(3, previous.from())
                .setParameter(4, range.to()).setParameter(5, limit).getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, List<String>> quotes = quotes(ids, subject, range);
        Map<UUID, List<String>> keywords = keywords(ids, subject, range);
        List<SemanticTheme> themes = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            long mentions = ((Number) r[1]).longValue();
            long previousMentions = ((Number) r[2]).longValue();
            BigDecimal sentiment = r[3] == null ? null : new BigDecimal(r[3].toString()).setScale(3, RoundingMode.HALF_UP);
            List<String> themeQuotes = quotes.getOrDefault(id, List.of());
            themes.add(new SemanticTheme(id, label(themeQuotes, keywords.getOrDefault(id, List.of())), keywords.getOrDefault(id, List.of()),
                    mentions, previousMentions, ThemeRanking.Trend.of(mentions, previousMentions), sentiment,
                    SentimentLabel.of(sentiment), ((Number) r[4]).longValue(), themeQuotes));
        }
        return new Ranking(subject.type(), subject.id(), range.from(), range.to(), order, themes);
    }

    /** The texts nearest each theme's centroid (at the time they joined), within the subject and range. */
    private Map<UUID, List<String>> quotes(List<UUID> ids, Subject subject, TimeRange range) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select theme_id, redacted_text from (
                            select ft.theme_id, f.redacted_text,
                                   row_number() over (partition by ft.theme_id order by ft.similarity desc, f.submitted_at desc, f.id) as rank
                            from feedback_theme ft join feedback f on f.id = ft.feedback_id
                            where ft.theme_id = any(cast(?1 as uuid[])) and f.%s = ?2 and f.submitted_at >= ?3
                              and f.submitted_at < ?4 and f.redacted_text is not null) nearest
                        where rank <= ?5
                        order by theme_id, rank""".formatted(subject.column()))
                .setParameter(1, uuidArray(ids)).setParameter(2, subject.id()).setParameter(3, range.from())
                .setParameter(4, range.to()).setParameter(5, config.quotes()).getResultList();
        Map<UUID, List<String>> quotes = new HashMap<>();
        rows.forEach(r -> quotes.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(cut((String) r[1], QUOTE_LENGTH)));
        return quotes;
    }

    /** Per theme, the keywords and phrases (Lucene terms) mentioned by the most of its texts in the range. */
    private Map<UUID, List<String>> keywords(List<UUID> ids, Subject subject, TimeRange range) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select theme_id, label from (
                            select ft.theme_id, mode() within group (order by t.label) as label,
                                   row_number() over (partition by ft.theme_id order by count(*) desc, t.term) as rank
                            from feedback_theme ft join feedback f on f.id = ft.feedback_id
                                 join feedback_term t on t.feedback_id = ft.feedback_id
                            where ft.theme_id = any(cast(?1 as uuid[])) and f.%s = ?2 and f.submitted_at >= ?3 and f.submitted_at < ?4
                            group by ft.theme_id, t.term) terms
                        where rank <= ?5
                        order by theme_id, rank""".formatted(subject.column()))
                .setParameter(1, uuidArray(ids)).setParameter(2, subject.id()).setParameter(3, range.from())
                .setParameter(4, range.to()).setParameter(5, KEYWORDS).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    /** The shortest of the nearest quotes reads best as a label; a theme without text falls back to its keywords. */
    static String label(List<String> quotes, List<String> keywords) {
        return quotes.stream().min(Comparator.comparingInt(String::length)).map(q -> cut(q, LABEL_LENGTH))
                .orElse(String.join(", ", keywords));
    }

    static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, space > max / 2 ? space : max - 1) + "…";
    }

    private static String uuidArray(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The semantic themes of one subject over a range. */
    public record Ranking(SubjectType subjectType, UUID subjectId, Instant from, Instant to, ThemeRanking.Order rankedBy,
                          List<SemanticTheme> themes) {
    }

    /**
     * One theme as the subject's customers raised it in the range.
     *
     * @param label            the shortest of the quotes (redacted), cut at 80 characters
     * @param keywords         the keywords and phrases most of its texts share
     * @param mentions         texts in the range
     * @param previousMentions texts in the range of the same length before
     * @param sentiment        average sentiment score of its texts in the range (null when none has one)
     * @param sentimentLabel   the label of that average
     * @param negative         texts in the range with a negative sentiment
     * @param quotes           redacted texts nearest the theme's centroid
     */
    public record SemanticTheme(UUID id, String label, List<String> keywords, long mentions, long previousMentions,
                                ThemeRanking.Trend trend, BigDecimal sentiment, SentimentLabel sentimentLabel, long negative,
                                List<String> quotes) {
    }
}
