package dev.marketingops.roadmap.insights.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.roadmap.insights.domain.FeedbackTombstone;
import dev.marketingops.roadmap.insights.domain.FeedbackTombstone.Reason;
import dev.marketingops.roadmap.insights.domain.ItemFeedback;
import dev.marketingops.roadmap.insights.domain.ItemInsight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Applies feedback-service's triage to item insights: a linked request counts for its (new) item, an unlinked or
 * merged-away one no longer counts, and votes are taken from the newest {@link FeatureVotesCounted}. Each step is
 * idempotent by state as well as by the inbox: repeating it finds the request already where it belongs. An unlink, a
 * merge or an erasure's retraction leaves a {@link FeedbackTombstone}: these travel under other keys than the piece's
 * FeedbackReceived (and triage under another than the retraction), so a late FeedbackReceived or an older link must
 * not count the piece again.
 */
@ApplicationScoped
public class FeatureRequestInsights {

    private final Clock clock;

    public FeatureRequestInsights(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(FeatureRequestLinked linked) {
        if (FeedbackTombstone.supersedes(linked.feedbackId(), linked.linkedAt())) {
            return;
        }
        ItemFeedback counted = ItemFeedback.findById(linked.feedbackId(), LockModeType.PESSIMISTIC_WRITE);
        if (counted != null && counted.itemId.equals(linked.roadmapItemId())) {
            return;
        }
        if (counted == null) {
            counted = ItemFeedback.of(linked.feedbackId(), linked.roadmapItemId(), FeedbackType.FEATURE_REQUEST, null,
                    linked.sentiment(), ItemInsight.normalised(linked.themes()));
            counted.persist();
        } else {
            insight(counted.itemId).remove(counted);
            counted.itemId = linked.roadmapItemId();
        }
        insight(linked.roadmapItemId()).add(counted);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unlinked(FeatureRequestUnlinked unlinked) {
        ItemFeedback counted = ItemFeedback.findById(unlinked.feedbackId(), LockModeType.PESSIMISTIC_WRITE);
        // Only the link this event ends: a later link to another item is not undone by a late unlink.
        if (counted != null && counted.itemId.equals(unlinked.roadmapItemId())) {
            uncount(counted);
        }
        ended(unlinked.feedbackId(), Reason.UNLINKED, unlinked.unlinkedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(FeatureRequestsMerged merged) {
        for (UUID duplicate : merged.mergedFeedbackIds()) {
            ItemFeedback counted = ItemFeedback.findById(duplicate, LockModeType.PESSIMISTIC_WRITE);
            if (counted != null) {
                uncount(counted);
            }
            ended(duplicate, Reason.MERGED, merged.mergedAt());
        }
    }

    /** Retraction (erasure) is final: the piece never counts again, however late its other events come. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retracted(FeedbackRetracted retracted) {
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
    static ItemInsight insight(UUID itemId) {
        ItemInsight insight = ItemInsight.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (insight == null) {
            insight = ItemInsight.empty(itemId);
            insight.persist();
        }
        return insight;
    }
}
