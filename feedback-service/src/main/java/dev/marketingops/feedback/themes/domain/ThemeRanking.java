package dev.marketingops.feedback.themes.domain;

import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Ranks the keywords and phrases customers used about a subject in a range: by how many feedback items mention
 * them, or by how much that number grew against the range of the same length just before.
 */
@ApplicationScoped
public class ThemeRanking {

    private final EntityManager em;

    public ThemeRanking(EntityManager em) {
        this.em = em;
    }

    public Themes rank(Subject subject, TimeRange range, Order order, int limit) {
        TimeRange previous = range.previous();
        String orderBy = order == Order.TREND ? "mentions - previous_mentions desc, mentions desc" : "mentions desc, mentions - previous_mentions desc";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select term, label, mentions, previous_mentions from (
                            select t.term, mode() within group (order by t.label) as label,
                                   count(*) filter (where f.submitted_at >= ?2) as mentions,
                                   count(*) filter (where f.submitted_at < ?2) as previous_mentions
                            from feedback_term t join feedback f on f.id = t.feedback_id
                            where f.%s = ?1 and f.submitted_at >= ?3 and f.submitted_at < ?4
                            group by t.term) ranked
                        where mentions > 0
                        order by %s, term
                        limit ?5""".formatted(subject.column(), orderBy))
                .setParameter(1, subject.id()).setParameter(2, range.from()).setParameter(3, previous.from())
                .setParameter(4, range.to()).setParameter(5, limit).getResultList();
        List<Theme> themes = rows.stream().map(r -> Theme.of((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        return new Themes(subject.type(), subject.id(), range.from(), range.to(), order, themes);
    }

    /** How themes are ranked. */
    public enum Order {
        FREQUENCY,
        TREND
    }

    /** The ranking of one subject over a range. */
    public record Themes(SubjectType subjectType, UUID subjectId, Instant from, Instant to, Order rankedBy, List<Theme> themes) {
    }

    /**
     * One keyword or phrase.
     *
     * @param term             normalised (stemmed) form grouping variants
     * @param label            the words as customers most often wrote them
     * @param mentions         feedback items mentioning it in the range
     * @param previousMentions in the range of the same length before
     */
    public record Theme(String term, String label, boolean phrase, long mentions, long previousMentions, Trend trend) {

        static Theme of(String term, String label, long mentions, long previousMentions) {
            return new Theme(term, label, term.indexOf(' ') > 0, mentions, previousMentions, Trend.of(mentions, previousMentions));
        }
    }

    /** Mentions compared with the range before. */
    public enum Trend {
        NEW,
        RISING,
        STEADY,
        FALLING;

        public static Trend of(long mentions, long previousMentions) {
            return previousMentions == 0 ? NEW
                    : mentions > previousMentions ? RISING : mentions < previousMentions ? FALLING : STEADY;
        }
    }
}
