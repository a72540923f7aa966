package dev.marketingops.metrics.activity.app;

import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Registers Idempotency-Key receipts with the shared retention purge: receipts older than the retention go. */
@ApplicationScoped
public class IngestReceiptPurge {

    public static final String RULE = "ingest-receipt";

    @Produces
    @Singleton
    RetentionRule ingestReceipts(ActivitySettings settings) {
        return new RetentionRule(RULE, "ingest_receipt", "created_at", settings.idempotencyRetention());
    }
}
