package dev.marketingops.metrics.journeys.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.RollupTransactionStep;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores a batch's activity that carries a customer reference as touchpoints, on the rollup transaction's own
 * connection: it commits with the rollups, the id log and the positions, so a redelivered or duplicated event (never
 * counted twice) never adds a touchpoint either. The reference is pseudonymised here, before anything is written.
 */
@ApplicationScoped
public class TouchpointWriter implements RollupTransactionStep {

    /** Rows this close to the retention edge are skipped, so a partition dropped meanwhile never fails a batch. */
    private static final Duration DROP_MARGIN = Duration.ofDays(1);

    private final CustomerPseudonym pseudonym;
    private final TouchpointPartitions partitions;
    private final JourneysConfig config;
    private final Clock clock;
    private final Counter stored;
    private final Counter outOfRange;
    private final TransactionSynchronizationRegistry transactions;

    public TouchpointWriter(CustomerPseudonym pseudonym, TouchpointPartitions partitions, JourneysConfig config,
            Clock clock, MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.pseudonym = pseudonym;
        this.partitions = partitions;
        this.config = config;
        this.clock = clock;
        this.stored = registry.counter("marketingops.journeys.touchpoints", "outcome", "stored");
        this.outOfRange = registry.counter("marketingops.journeys.touchpoints", "outcome", "out-of-range");
        this.transactions = transactions;
    }

    /** Inserts the touchpoints of {@code activities} (those without a customer reference are ignored). */
    @Override
    public String stage() {
        return "touchpoints";
    }

    /** The batch's counted events that carry a customer reference, in the rollups' transaction. */
    @Override
    public void write(Connection c, ActivityBatch batch) throws SQLException {
        write(c, batch.touchpoints());
    }

    public void write(Connection c, List<ActivityRecorded> activities) throws SQLException {
        if (activities.isEmpty()) {
            return;
        }
        TouchpointPartitions.Range covered = partitions.covered();
        Instant oldest = clock.instant().minus(config.retention()).plus(DROP_MARGIN);
        int n = activities.size();
        String[] at = new String[n];
        UUID[] customers = new UUID[n];
        UUID[] campaigns = new UUID[n];
        String[] channels = new String[n];
        String[] kinds = new String[n];
        String[] stages = new String[n];
        Long[] counts = new Long[n];
        BigDecimal[] amounts = new BigDecimal[n];
        String[] currencies = new String[n];
        int rows = 0;
        int skipped = 0;
        for (ActivityRecorded a : activities) {
            if (a.customerRef() == null) {
                continue;
            }
            if (covered == null || !covered.contains(a.occurredAt()) || a.occurredAt().isBefore(oldest)) {
                skipped++;
                continue;
            }
            at[rows] = a.occurredAt().toString();
            customers[rows] = pseudonym.of(a.customerRef());
            campaigns[rows] = a.campaignId();
            channels[rows] = a.channel().name();
            kinds[rows] = a.kind().name();
            stages[rows] = a.journeyStage().name();
            counts[rows] = a.count();
            amounts[rows] = a.amount();
            currencies[rows] = a.currency();
            rows++;
        }
        if (rows > 0) {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into touchpoint (occurred_at, count, customer_key, campaign_id, channel, kind, journey_stage,
                                            amount, currency)
                    select t.at::timestamptz, t.n, t.cu, t.ca, t.ch, t.k, t.st, t.am, t.cur
                    from unnest(?::text[], ?::bigint[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                                ?::numeric[], ?::text[]) as t(at, n, cu, ca, ch, k, st, am, cur)""")) {
                ps.setArray(1, c.createArrayOf("text", java.util.Arrays.copyOf(at, rows)));
                ps.setArray(2, c.createArrayOf("int8", java.util.Arrays.copyOf(counts, rows)));
                ps.setArray(3, c.createArrayOf("uuid", java.util.Arrays.copyOf(customers, rows)));
                ps.setArray(4, c.createArrayOf("uuid", java.util.Arrays.copyOf(campaigns, rows)));
                ps.setArray(5, c.createArrayOf("text", java.util.Arrays.copyOf(channels, rows)));
                ps.setArray(6, c.createArrayOf("text", java.util.Arrays.copyOf(kinds, rows)));
                ps.setArray(7, c.createArrayOf("text", java.util.Arrays.copyOf(stages, rows)));
                ps.setArray(8, c.createArrayOf("numeric", java.util.Arrays.copyOf(amounts, rows)));
                ps.setArray(9, c.createArrayOf("text", java.util.Arrays.copyOf(currencies, rows)));
                ps.executeUpdate();
            }
        }
        count(rows, skipped);
    }

    /** Counted once the transaction commits: a rolled-back batch is read again and must not count twice. */
    private void count(long rows, long skipped) {
        if (rows == 0 && skipped == 0) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    stored.increment(rows);
                    outOfRange.increment(skipped);
                }
            }
        });
    }
}
