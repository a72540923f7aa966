package dev.marketingops.feedback.alerts.app;

import dev.marketingops.contracts.feedback.NpsDropAlert;
import dev.marketingops.contracts.feedback.ThemeGrowthAlert;
import dev.marketingops.feedback.alerts.domain.AlertConfig;
import dev.marketingops.feedback.subject.domain.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Watches a subject for an NPS drop below its peak and for themes growing fast, raising each alert once per episode.
 * Called while the subject's state row is locked (see SubjectInsights), so concurrent feedback cannot alert twice.
 */
@ApplicationScoped
public class AlertWatch {

    private final EntityManager em;
    private final AlertConfig rules;
    private final Alerts alerts;
    private final Clock clock;

    public AlertWatch(EntityManager em, AlertConfig rules, Alerts alerts, Clock clock) {
        this.em = em;
        this.rules = rules;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** After the subject's NPS changed: tracks its peak; a fall of more than the margin alerts and restarts from there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void npsChanged(Subject subject, BigDecimal nps, long responses) {
        Object peakValue = em.createNativeQuery("select nps_peak from subject_state where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, subject.type().name()).setParameter(2, subject.id()).getSingleResult();
        BigDecimal peak = peakValue == null ? null : new BigDecimal(peakValue.toString());
        boolean dropped = peak != null && responses >= rules.npsDrop().minResponses()
                && peak.subtract(nps).compareTo(rules.npsDrop().margin()) > 0;
        if (dropped) {
            alerts.raise(new NpsDropAlert(subject.type(), subject.id(), peak, nps, rules.npsDrop().margin(), responses,
                    clock.instant()));
        }
        if (peak == null || dropped || nps.compareTo(peak) > 0) {
            em.createNativeQuery("update subject_state set nps_peak = cast(?3 as numeric) where subject_type = ?1 and subject_id = ?2")
                    .setParameter(1, subject.type().name()).setParameter(2, subject.id()).setParameter(3, nps).executeUpdate();
        }
    }

    /**
     * After a text about the subject was stored: each of its terms mentioned at least min-mentions times in the window
     * ending now, and factor times as often as in the window before, alerts; again only once that window has passed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void textAdded(Subject subject, UUID feedbackId) {
        AlertConfig.ThemeGrowth growth = rules.themeGrowth();
        Instant end = clock.instant();
        Instant start = end.minus(growth.window());
        Instant previousStart = start.minus(growth.window());
        List<Object[]> rows = em.createNativeQuery("""
                select t.term, min(t.label),
                       count(*) filter (where f.submitted_at >= ?3), count(*) filter (where f.submitted_at < ?3)
                from feedback_term t join feedback f on f.id = t.feedback_id
                where f.%s = ?1 and f.submitted_at >= ?2 and f.submitted_at <= ?4
                  and t.term in (select term from feedback_term where feedback_id = ?5 order by term limit ?6)
                  and not exists (select 1 from theme_alert a where a.subject_type = ?7 and a.subject_id = ?1
                                  and a.term = t.term and a.alerted_at > ?3)
                group by t.term""".formatted(subject.column()))
                .setParameter(1, subject.id()).setParameter(2, previousStart).setParameter(3, start).setParameter(4, end)
                .setParameter(5, feedbackId).setParameter(6, growth.termsPerText()).setParameter(7, subject.type().name())
                .getResultList();
        for (Object[] row : rows) {
            long mentions = ((Number) row[2]).longValue();
            long previous = ((Number) row[3]).longValue();
            if (mentions >= growth.minMentions() && mentions >= growth.factor() * Math.max(previous, 1)) {
                em.createNativeQuery("""
                        insert into theme_alert (subject_type, subject_id, term, alerted_at) values (?1, ?2, ?3, ?4)
                        on conflict (subject_type, subject_id, term) do update set alerted_at = excluded.alerted_at""")
                        .setParameter(1, subject.type().name()).setParameter(2, subject.id()).setParameter(3, row[0])
                        .setParameter(4, end).executeUpdate();
                alerts.raise(new ThemeGrowthAlert(subject.type(), subject.id(), (String) row[1], mentions, previous, start, end));
            }
        }
    }
}
