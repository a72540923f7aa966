package dev.marketingops.roadmap.insights.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.plumbing.transaction.TransactionLocks;
import dev.marketingops.roadmap.insights.domain.FeedbackTombstone;
import dev.marketingops.roadmap.insights.domain.FeedbackTombstone.Reason;
import dev.marketingops.roadmap.insights.domain.ItemFeedback;
import dev.marketingops.roadmap.insights.domain.ItemInsight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Applies a piece of feedback's life to item insights: received, linked, unlinked, merged away, retracted. A linked
 * request counts for its (new) item, an unlinked or merged-away one no longer counts, and votes are taken from the
 * newest {@link FeatureVotesCounted}. Each step is idempotent by state as well as by the inbox: repeating it finds the
 * request already where it belongs. An unlink, a merge or an erasure's retraction leaves a {@link FeedbackTombstone}:
 * these travel under other keys than the piece's FeedbackReceived (and triage under another than the retraction), so a
 * late FeedbackReceived or an older link must not count the piece again.
 *
 * <p>For the same reason two consumers (replicas, or partitions handled side by side) can apply events of one piece at
 * the same time. Every step first takes the piece's transaction-scoped advisory lock and only then reads its row and
 * tombstone, so it sees what the other committed: without it a link and a retraction of a piece not counted yet each
 * saw neither row nor tombstone, and an erased piece stayed counted.
 */
@ApplicationScoped
public class FeatureRequestInsights {

    private final Clock clock;
    private final TransactionLocks locks;

    public FeatureRequestInsights(Clock clock, TransactionLocks locks) {
        this.clock = clock;
        this.locks = locks;
    }

    /** Counts a piece announced for {@code itemId}, unless it is counted already or triage or erasure ended it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(FeedbackReceived feedback, UUID itemId) {
        hold(List.of(feedback.feedbackId()));
        if (ItemFeedback.findById(feedback.feedbackId()) != null || FeedbackTombstone.ended(feedback.feedbackId())) {
            return;
        }
        ItemFeedback counted = ItemFeedback.of(feedback.feedbackId(), itemId, feedback.type(), feedback.score(),
                feedback.sentiment(), ItemInsight.normalised(feedback.themes()));
        counted.persist();
        insight(itemId).add(counted);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(FeatureRequestLinked linked) {
        hold(List.of(linked.feedbackId()));
        if (FeedbackTombstone.supersedes(linked.feedbackId(), linked.linkedAt())) {
            return;
        }
        ItemFeedback counted = ItemFeedback.findById(linked.feedbackId(), LockModeType.PESSIMISTIC_WRITE);
        if (counted != null && counted.itemId.equals(linked.roadmapItemId())) {
            // Already here, yet the link is news for a merge still on its way: one older than this link must not end it.
            counted.linkedAt = linked.linkedAt();
            return;
        }
        if (counted == null) {
            counted = ItemFeedback.of(linked.feedbackId(), linked.roadmapItemId(), FeedbackType.FEATURE_REQUEST, null,
                    linked.sentiment(), ItemInsight.normalised(linked.themes()));
            counted.linkedAt = linked.linkedAt();
            counted.persist();
        } else {
            insight(counted.itemId).remove(counted);
            counted.itemId = linked.roadmapItemId();
            counted.linkedAt = linked.linkedAt();
        }
        insight(linked.roadmapItemId()).add(counted);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unlinked(FeatureRequestUnlinked unlinked) {
        hold(List.of(unlinked.feedbackId()));
        // No time check against the row's link: link and unlink share the request's key, so arrival order is the truth.
        ItemFeedback counted = ItemFeedback.findById(unlinked.feedbackId(), LockModeType.PESSIMISTIC_WRITE);
        // Only the link this event ends: a later link to another item is not undone by a late unlink.
        if (counted != null && counted.itemId.equals(unlinked.roadmapItemId())) {
            uncount(counted);
        }
        ended(unlinked.feedbackId(), Reason.UNLINKED, unlinked.unlinkedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(FeatureRequestsMerged merged) {
        hold(merged.mergedFeedbackIds());
        for (UUID duplicate : merged.mergedFeedbackIds()) {
            ItemFeedback counted = ItemFeedback.findById(duplicate, LockModeType.PESSIMISTIC_WRITE);
            // A link after the merge (its target's erasure handed the merge to this duplicate) overtook it: it stays.
            if (counted != null && !counted.linkedAfter(merged.mergedAt())) {
                uncount(counted);
            }
            ended(duplicate, Reason.MERGED, merged.mergedAt());
        }
    }

    /** Retraction (erasure) is final: the piece never counts again, however late its other events come. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retracted(FeedbackRetracted retracted) {
        hold(List.of(retracted.feedbackId()));
        // Only what was counted can be taken back: a retraction repeated under a new event id finds no row.
        ItemFeedback counted = ItemFeedback.findById(retracted.feedbackId(), LockModeType.PESSIMISTIC_WRITE);
        if (counted != null) {
            ItemInsight insight = ItemInsight.findById(counted.itemId, LockModeType.PESSIMISTIC_WRITE);
            if (insight != null) {
                insight.remove(counted);
            }
            counted.delete();
        }
        ended(retracted.feedbackId(), Reason.RETRACTED, retracted.retractedAt());
    }

    /** The pieces' advisory locks, held until commit; a merge takes all of its duplicates' in one sorted go. */
    private void hold(List<UUID> feedbackIds) {
        locks.hold(feedbackIds.stream().map(id -> "roadmap.feedback:" + id).toList());
    }

    private void ended(UUID feedbackId, Reason reason, Instant at) {
        FeedbackTombstone.record(feedbackId, reason, at, clock.instant());
    }

    /** Keeps the newest count: a repeated or overtaken one (lower sequence) changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void votesCounted(FeatureVotesCounted counted) {
        ItemInsight insight = insight(counted.roadmapItemId());
        if (counted.sequence() > insight.featureVotesSequence) {
            insight.featureRequestVotes = counted.votes();
            insight.featureVotesSequence = counted.sequence();
        }
    }

    private void uncount(ItemFeedback counted) {
        insight(counted.itemId).remove(counted);
        counted.delete();
    }

    /** The item's insight, locked; created empty when this is the first news about the item. */
    private static ItemInsight insight(UUID itemId) {
        ItemInsight insight = ItemInsight.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (insight == null) {
            insight = ItemInsight.empty(itemId);
            insight.persist();
        }
        return insight;
    }
}
