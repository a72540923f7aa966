package dev.marketingops.feedback.insights.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.contracts.feedback.SentimentAlert;
import dev.marketingops.feedback.alerts.app.AlertWatch;
import dev.marketingops.feedback.alerts.app.Alerts;
import dev.marketingops.feedback.alerts.domain.AlertConfig;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.insights.domain.FeedbackFigures;
import dev.marketingops.feedback.insights.domain.ScoreTally;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps each subject's announced figures current: {@link NpsUpdated} when its NPS or CSAT average changes, and one
 * {@link SentimentAlert} per spike of negative texts. The subject's state row is locked meanwhile, so concurrent
 * feedback about one subject is counted and announced in commit order.
 */
@ApplicationScoped
public class SubjectInsights {

    private final EntityManager em;
    private final FeedbackFigures figures;
    private final AlertConfig.SentimentSpike alerts;
    private final Outbox outbox;
    private final Alerts raised;
    private final AlertWatch watch;
    private final Clock clock;

    public SubjectInsights(EntityManager em, FeedbackFigures figures, AlertConfig alerts, Outbox outbox, Alerts raised,
                           AlertWatch watch, Clock clock) {
        this.em = em;
        this.figures = figures;
        this.alerts = alerts.sentiment();
        this.outbox = outbox;
        this.raised = raised;
        this.watch = watch;
        this.clock = clock;
    }

    /** Call after new feedback is persisted, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterFeedback(Feedback feedback) {
        em.flush();
        for (Subject subject : Subject.allOf(feedback.subject())) {
            State state = lock(subject);
            if (feedback.type == FeedbackType.NPS || feedback.type == FeedbackType.CSAT) {
                announceIfChanged(subject, state);
            }
            if (feedback.sentiment != null) {
                watchSentiment(subject, state);
            }
            if (feedback.redactedText != null) {
                watch.textAdded(subject, feedback.id);
            }
        }
    }

    /** Call after feedback about the subject was removed (erasure), in that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterRemoval(Subject subject) {
        em.flush();
        State state = lock(subject);
        announceIfChanged(subject, state);
        watchSentiment(subject, state);
    }

    private void announceIfChanged(Subject subject, State state) {
        ScoreTally tally = figures.allTime(subject);
        BigDecimal nps = tally.nps();
        BigDecimal csat = tally.csatAverage();
        if (same(nps, state.nps) && same(csat, state.csatAverage)) {
            return;
        }
        em.createNativeQuery("update subject_state set nps = cast(?3 as numeric), csat_average = cast(?4 as numeric), responses = ?5 where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, subject.type().name()).setParameter(2, subject.id())
                .setParameter(3, nps).setParameter(4, csat).setParameter(5, tally.responses()).executeUpdate();
        // NpsUpdated needs an NPS: a subject with CSAT answers only is announced once its first NPS answer arrives.
        if (nps != null) {
            outbox.emit(new NpsUpdated(subject.type(), subject.id(), nps, tally.responses(), tally.promoters(),
                    tally.passives(), tally.detractors(), csat, clock.instant()));
            watch.npsChanged(subject, nps, tally.responses());
        }
    }

    private void watchSentiment(Subject subject, State state) {
        Instant end = clock.instant();
        Instant start = end.minus(alerts.window());
        ScoreTally window = figures.within(subject, start, end.plusMillis(1));
        if (window.sentimentSamples() == 0) {
            setAlerting(subject, false, state);
            return;
        }
        BigDecimal share = BigDecimal.valueOf(window.negativeSamples())
                .divide(BigDecimal.valueOf(window.sentimentSamples()), 3, RoundingMode.HALF_UP);
        if (!state.alerting && window.sentimentSamples() >= alerts.minSamples() && share.compareTo(alerts.threshold()) > 0) {
            setAlerting(subject, true, state);
            raised.raise(new SentimentAlert(subject.type(), subject.id(), share, alerts.threshold(), start, end,
                    window.sentimentSamples()));
        } else if (state.alerting && share.compareTo(alerts.clearBelow()) < 0) {
            setAlerting(subject, false, state);
        }
    }

    private void setAlerting(Subject subject, boolean alerting, State state) {
        if (state.alerting == alerting) {
            return;
        }
        state.alerting = alerting;
        em.createNativeQuery("update subject_state set alerting = ?3 where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, subject.type().name()).setParameter(2, subject.id()).setParameter(3, alerting).executeUpdate();
    }

    private State lock(Subject subject) {
        em.createNativeQuery("insert into subject_state (subject_type, subject_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, subject.type().name()).setParameter(2, subject.id()).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "select nps, csat_average, alerting from subject_state where subject_type = ?1 and subject_id = ?2 for update")
                .setParameter(1, subject.type().name()).setParameter(2, subject.id()).getSingleResult();
        return new State(decimal(row[0]), decimal(row[1]), (Boolean) row[2]);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    /** The subject's announced figures and alert state, as locked for this transaction. */
    private static final class State {
        final BigDecimal nps;
        final BigDecimal csatAverage;
        boolean alerting;

        State(BigDecimal nps, BigDecimal csatAverage, boolean alerting) {
            this.nps = nps;
            this.csatAverage = csatAverage;
            this.alerting = alerting;
        }
    }
}
