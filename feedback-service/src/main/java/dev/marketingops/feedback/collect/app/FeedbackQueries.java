package dev.marketingops.feedback.collect.app;

import dev.marketingops.feedback.collect.domain.FeedbackInbox;
import dev.marketingops.feedback.collect.domain.InboxFilter;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Read side of collected feedback: the inbox and single pieces, redacted text and themes only. */
@ApplicationScoped
public class FeedbackQueries {

    private final FeedbackInbox inbox;

    public FeedbackQueries(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    /** Newest first, filtered and paged. */
    @Transactional
    public Page<FeedbackInbox.Entry> inbox(InboxFilter filter, int page, int size) {
        return inbox.list(filter, page, size);
    }

    /** One piece of feedback; 404 when there is none (or it was erased). */
    @Transactional
    public FeedbackInbox.Entry get(UUID id) {
        return Existing.orNotFound(inbox.find(id).orElse(null), "Feedback", id);
    }
}
