package dev.marketingops.plumbing.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the plumbing's own tables: published outbox rows, inbox ids and Idempotency-Key receipts, each after its configured retention. */
@ApplicationScoped
public class PlumbingRetention {

    /** Only published rows have a published_at; unpublished ones are never purged. */
    @Produces
    @Singleton
    RetentionRule outbox(@ConfigProperty(name = "marketingops.outbox.retention") Duration retention) {
        return new RetentionRule("outbox", "outbox_event", "published_at", retention);
    }

    @Produces
    @Singleton
    RetentionRule inbox(@ConfigProperty(name = "marketingops.inbox.retention") Duration retention) {
        return new RetentionRule("inbox", "inbox_event", "received_at", retention);
    }

    /** Idempotency-Key receipts: a retry after this is treated as a new request (Stripe keeps keys 24 h). */
    @Produces
    @Singleton
    RetentionRule idempotencyReceipts(@ConfigProperty(name = "marketingops.idempotency.retention") Duration retention) {
        return new RetentionRule("idempotency-receipt", "idempotency_receipt", "created_at", retention);
    }
}
