package dev.marketingops.roadmap.insights.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A piece of feedback that triage took off its item or erasure removed, so a late event cannot count it again. */
@Entity
public class FeedbackTombstone extends PanacheEntityBase {

    /** Why the piece no longer counts; only a retraction is final (erased feedback never comes back). */
    public enum Reason { UNLINKED, MERGED, RETRACTED }

    @Id
    public UUID feedbackId;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    /** The ending event's own time (feedback-service's clock, as the triage times it is compared with). */
    public Instant endedAt;
    /** When roadmap wrote it down; the retention counts from here. */
    public Instant recordedAt;

    /** Records the ending, keeping the latest one per piece; a retraction stays whatever comes after it. */
    public static void record(UUID feedbackId, Reason reason, Instant endedAt, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into feedback_tombstone (feedback_id, reason, ended_at, recorded_at) values (?1, ?2, ?3, ?4)
                on conflict (feedback_id) do update set
                    reason = case when 'RETRACTED' in (feedback_tombstone.reason, excluded.reason) then 'RETRACTED'
                                  when excluded.ended_at < feedback_tombstone.ended_at then feedback_tombstone.reason
                                  else excluded.reason end,
                    ended_at = greatest(feedback_tombstone.ended_at, excluded.ended_at),
                    recorded_at = excluded.recorded_at""")
                .setParameter(1, feedbackId).setParameter(2, reason.name()).setParameter(3, endedAt)
                .setParameter(4, now).executeUpdate();
    }

    /** True when the piece was ended at all: FeedbackReceived is announced once, before any triage or erasure of it. */
    public static boolean ended(UUID feedbackId) {
        return findById(feedbackId) != null;
    }

    /**
     * True when a link made at {@code linkedAt} and arriving now is already undone: the piece was erased, or merged
     * after the link. An unlink never undoes a link that arrives after it: both travel under the request's key and are
     * ordered by its row lock in feedback, so the link came later even when its time is behind (another feedback
     * replica's clock). Only a merge, under its target's key, is compared by time.
     */
    public static boolean supersedes(UUID feedbackId, Instant linkedAt) {
        FeedbackTombstone tombstone = findById(feedbackId);
        if (tombstone == null) {
            return false;
        }
        return switch (tombstone.reason) {
            case RETRACTED -> true;
            case UNLINKED -> false;
            case MERGED -> tombstone.endedAt.isAfter(linkedAt);
        };
    }
}
