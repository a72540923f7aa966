package dev.marketingops.metrics.support;

import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.RollupTransactionStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Marks the first batch touching an armed campaign rollback-only, whatever order the steps run in; idle otherwise. */
@ApplicationScoped
public class RollbackOnce implements RollupTransactionStep {

    private final AtomicReference<UUID> armed = new AtomicReference<>();
    private final AtomicBoolean fired = new AtomicBoolean();

    @Inject
    TransactionSynchronizationRegistry transactions;

    public void arm(UUID campaignId) {
        fired.set(false);
        armed.set(campaignId);
    }

    public boolean fired() {
        return fired.get();
    }

    @Override
    public String stage() {
        return "test-rollback-once";
    }

    @Override
    public void write(Connection connection, ActivityBatch batch) {
        UUID campaign = armed.get();
        if (campaign == null) {
            return;
        }
        for (int row = 0; row < batch.touchpoints().size(); row++) {
            if (campaign.equals(batch.touchpoints().campaignId(row)) && armed.compareAndSet(campaign, null)) {
                transactions.setRollbackOnly();
                fired.set(true);
                return;
            }
        }
    }
}
