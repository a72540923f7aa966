package dev.marketingops.metrics.activity.rest;

import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers Idempotency-Key receipts with the shared retention purge: receipts older than the retention go. */
@ApplicationScoped
public class IngestReceiptPurge {

    public static final String RULE = "ingest-receipt";

    @Produces
    @Singleton
    RetentionRule ingestReceipts(@ConfigProperty(name = "marketingops.activity.idempotency-retention") Duration retention) {
        return new RetentionRule(RULE, "ingest_receipt", "created_at", retention);
    }
}
