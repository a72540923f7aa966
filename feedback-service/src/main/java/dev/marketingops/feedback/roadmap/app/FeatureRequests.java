package dev.marketingops.feedback.roadmap.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.FeatureRequestsDelivered;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.triage.app.FeatureVotes;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.rest.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Feature requests per roadmap item: their votes, and closing the loop when the item's launch ships. */
@ApplicationScoped
public class FeatureRequests {

    private final FeatureVotes votes;
    private final Outbox outbox;

    public FeatureRequests(FeatureVotes votes, Outbox outbox) {
        this.votes = votes;
        this.outbox = outbox;
    }

    /** The item's open requests (merged duplicates left out), newest first, with its votes and delivered count. */
    @Transactional
    public OnItem onItem(UUID roadmapItemId, int page, int size) {
        var query = Feedback.find("type = ?1 and roadmapItemId = ?2 and mergedInto is null", Sort.by("submittedAt").descending(),
                FeedbackType.FEATURE_REQUEST, roadmapItemId);
        long total = query.count();
        long delivered = Feedback.count("type = ?1 and roadmapItemId = ?2 and mergedInto is null and deliveredAt is not null",
                FeedbackType.FEATURE_REQUEST, roadmapItemId);
        return new OnItem(total, votes(roadmapItemId), delivered, new Page<>(query.page(page, size).<Feedback>list(), page, size, total));
    }

    /** Votes on an item: one per customer, however many requests they wrote. */
    public long votes(UUID roadmapItemId) {
        return votes.votes(roadmapItemId);
    }

    /**
     * Marks the item's open requests delivered by this launch and announces it; nothing is announced when there were
     * none (a launch without requests is not news for feedback).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deliver(UUID roadmapItemId, UUID launchId, Instant deliveredAt) {
        long delivered = Feedback.update("deliveredAt = ?1, deliveredLaunchId = ?2 where type = ?3 and roadmapItemId = ?4 and deliveredAt is null",
                deliveredAt, launchId, FeedbackType.FEATURE_REQUEST, roadmapItemId);
        if (delivered > 0) {
            outbox.emit(new FeatureRequestsDelivered(roadmapItemId, launchId, delivered, votes(roadmapItemId), deliveredAt));
        }
        return delivered;
    }

    /** One item's requests: how many, how many customers voted, how many were delivered, and a page of them. */
    public record OnItem(long requestCount, long votes, long delivered, Page<Feedback> requests) {
    }
}
