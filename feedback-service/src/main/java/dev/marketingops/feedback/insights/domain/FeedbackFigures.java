package dev.marketingops.feedback.insights.domain;

import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts NPS, CSAT and sentiment answers about a subject in the database, per period or in all. */
@ApplicationScoped
public class FeedbackFigures {

    private static final String TALLY_COLUMNS = """
            count(*) filter (where type = 'NPS' and score >= 9),
            count(*) filter (where type = 'NPS' and score between 7 and 8),
            count(*) filter (where type = 'NPS' and score <= 6),
            count(*) filter (where type = 'CSAT' and rating = 1),
            count(*) filter (where type = 'CSAT' and rating = 2),
            count(*) filter (where type = 'CSAT' and rating = 3),
            count(*) filter (where type = 'CSAT' and rating = 4),
            count(*) filter (where type = 'CSAT' and rating = 5),
            count(sentiment),
            coalesce(sum(sentiment), 0),
            count(*) filter (where sentiment <= %s)""".formatted(SentimentLabel.NEGATIVE_AT);

    private final EntityManager em;

    public FeedbackFigures(EntityManager em) {
        this.em = em;
    }

    /** Everything ever submitted about the subject. */
    public ScoreTally allTime(Subject subject) {
        Object[] row = (Object[]) em.createNativeQuery("select " + TALLY_COLUMNS + " from feedback where " + subject.column() + " = ?1")
                .setParameter(1, subject.id()).getSingleResult();
        return tally(row, 0);
    }

    /** What was submitted in the range. */
    public ScoreTally within(Subject subject, Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery("select " + TALLY_COLUMNS + " from feedback where " + subject.column()
                        + " = ?1 and submitted_at >= ?2 and submitted_at < ?3")
                .setParameter(1, subject.id()).setParameter(2, from).setParameter(3, to).getSingleResult();
        return tally(row, 0);
    }

    /** Per period of the range, every period present (empty ones too), oldest first. */
    public Map<Instant, ScoreTally> byPeriod(Subject subject, TimeRange range, Granularity granularity) {
        Map<Instant, ScoreTally> periods = new LinkedHashMap<>();
        for (Instant start = granularity.periodStart(range.from()); start.isBefore(range.to()); start = granularity.next(start)) {
            periods.put(start, ScoreTally.EMPTY);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select date_trunc('" + granularity.sqlUnit() + "', submitted_at at time zone 'UTC'), "
                        + TALLY_COLUMNS + " from feedback where " + subject.column()
                        + " = ?1 and submitted_at >= ?2 and submitted_at < ?3 group by 1 order by 1")
                .setParameter(1, subject.id()).setParameter(2, range.from()).setParameter(3, range.to()).getResultList();
        for (Object[] row : rows) {
            periods.put(utc(row[0]), tally(row, 1));
        }
        return periods;
    }

    private static ScoreTally tally(Object[] row, int offset) {
        List<Long> csat = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            csat.add(count(row[offset + 3 + i]));
        }
        return new ScoreTally(count(row[offset]), count(row[offset + 1]), count(row[offset + 2]), csat,
                count(row[offset + 8]), new BigDecimal(row[offset + 9].toString()), count(row[offset + 10]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant utc(Object timestamp) {
        if (timestamp instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (timestamp instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) timestamp;
    }
}
