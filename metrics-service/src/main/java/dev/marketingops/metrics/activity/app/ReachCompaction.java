package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.ReachSketchCompaction;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/** Merges the reach rows the batches add (one per campaign-day and batch) into one row per campaign-day, every interval. */
@ApplicationScoped
public class ReachCompaction {

    /** Campaign-days per transaction: bounds the rows held in memory and the locks held at once. */
    static final int CAMPAIGN_DAYS_PER_TRANSACTION = 5_000;

    private final AgroalDataSource dataSource;

    public ReachCompaction(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Until no campaign-day has a pending row left. */
    @Scheduled(every = "${marketingops.metrics.reach.compaction-interval:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void compact() {
        int merged;
        do {
            merged = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return ReachSketchCompaction.compact(c, CAMPAIGN_DAYS_PER_TRANSACTION);
                } catch (SQLException e) {
                    throw new IllegalStateException("Reach sketches not compacted", e);
                }
            });
        } while (merged == CAMPAIGN_DAYS_PER_TRANSACTION);
    }
}
