package dev.marketingops.metrics.journeys.domain;

import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.BinaryCopyRows;
import dev.marketingops.metrics.activity.domain.RollupTransactionStep;
import dev.marketingops.metrics.activity.domain.TouchpointColumns;
import dev.marketingops.plumbing.transaction.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stores a batch's activity that carries a customer reference as touchpoints, on the rollup transaction's own
 * connection: it commits with the rollups, the id log and the positions, so a redelivered or duplicated event (never
 * counted twice) never adds a touchpoint either. The reference arrives pseudonymised (hashed on the parallel decode);
 * rows go by binary COPY into their week's partition, except those of a customer erased at or after their time.
 */
@ApplicationScoped
public class TouchpointWriter implements RollupTransactionStep {

    private static final String COLUMNS =
            "(occurred_at, count, customer_key, campaign_id, channel, kind, journey_stage, amount, currency)";
    /** Rows this close to the retention edge are skipped, so a partition dropped meanwhile never fails a batch. */
    private static final Duration DROP_MARGIN = Duration.ofDays(1);
    /** COPY data is encoded in chunks of about this size, so no buffer of a whole batch is ever grown and copied. */
    private static final int CHUNK_BYTES = 256 * 1024;

    private final TouchpointPartitions partitions;
    private final JourneysConfig config;
    private final Clock clock;
    private final Counter stored;
    private final Counter outOfRange;
    private final Counter erasedCustomer;
    private final AfterCommit afterCommit;

    public TouchpointWriter(TouchpointPartitions partitions, JourneysConfig config, Clock clock, MeterRegistry registry,
            AfterCommit afterCommit) {
        this.partitions = partitions;
        this.config = config;
        this.clock = clock;
        this.stored = registry.counter("marketingops.journeys.touchpoints", "outcome", "stored");
        this.outOfRange = registry.counter("marketingops.journeys.touchpoints", "outcome", "out-of-range");
        this.erasedCustomer = registry.counter("marketingops.journeys.touchpoints", "outcome", "erased");
        this.afterCommit = afterCommit;
    }

    @Override
    public String stage() {
        return "touchpoints";
    }

    /** The batch's counted events that carry a customer reference, in the rollups' transaction. */
    @Override
    public void write(Connection c, ActivityBatch batch) throws SQLException {
        write(c, batch.touchpoints());
    }

    /**
     * Stores the touchpoints on the caller's connection: one binary COPY per week partition, its rows in the
     * campaign-time index's key order, so they enter that index's leaves one after another instead of at random places
     * (each leaf page is found, locked and logged once per run of its rows); counted once the transaction commits.
     */
    public void write(Connection c, TouchpointColumns touchpoints) throws SQLException {
        if (touchpoints.size() == 0) {
            return;
        }
        TouchpointPartitions.Range covered = partitions.covered();
        Instant oldest = clock.instant().minus(config.retention()).plus(DROP_MARGIN);
        // Rows are grouped by their week's Monday; the partition's name is made once per week, not once per row.
        Map<LocalDate, List<Integer>> weeks = new TreeMap<>();
        int skipped = 0;
        long earliest = Long.MAX_VALUE;
        for (int row = 0; row < touchpoints.size(); row++) {
            Instant at = touchpoints.occurredAt(row);
            if (covered == null || !covered.contains(at) || at.isBefore(oldest)) {
                skipped++;
                continue;
            }
            earliest = Math.min(earliest, touchpoints.epochMicros(row));
            weeks.computeIfAbsent(TouchpointPartitions.monday(at), w -> new ArrayList<>()).add(row);
        }
        int erased = 0;
        if (!weeks.isEmpty()) {
            // One statement per batch: the erasures that can concern its rows (usually none), and from here until
            // commit no erasure can slip in between (CustomerErasures).
            Map<UUID, Long> erasedAt = CustomerErasures.erasedSince(c, earliest);
            if (!erasedAt.isEmpty()) {
                for (List<Integer> week : weeks.values()) {
                    int before = week.size();
                    week.removeIf(row -> isErased(touchpoints, row, erasedAt));
                    erased += before - week.size();
                }
            }
        }
        int rows = 0;
        for (Map.Entry<LocalDate, List<Integer>> week : weeks.entrySet()) {
            if (week.getValue().isEmpty()) {
                continue;
            }
            week.getValue().sort(touchpoints::compareInIndexOrder);
            rows += encode(TouchpointPartitions.name(week.getKey()), touchpoints, week.getValue()).send(c);
        }
        count(rows, skipped, erased);
    }

    /** A touchpoint of an erased customer dated at or before the erasure: never stored again. */
    private static boolean isErased(TouchpointColumns touchpoints, int row, Map<UUID, Long> erasedAt) {
        Long at = erasedAt.get(new UUID(touchpoints.customerHigh(row), touchpoints.customerLow(row)));
        return at != null && touchpoints.epochMicros(row) <= at;
    }

    /** Counted once the transaction commits: a rolled-back batch is read again and must not count twice. */
    private void count(long rows, long skipped, long erased) {
        if (rows == 0 && skipped == 0 && erased == 0) {
            return;
        }
        afterCommit.run(() -> {
            stored.increment(rows);
            outOfRange.increment(skipped);
            erasedCustomer.increment(erased);
        });
    }

    /** One week's rows in binary COPY format, in chunks of about {@link #CHUNK_BYTES} (no huge array is ever copied). */
    private static WeekCopy encode(String partition, TouchpointColumns t, List<Integer> week) {
        BinaryCopyRows rows = new BinaryCopyRows(CHUNK_BYTES + 1024);
        List<byte[]> chunks = new ArrayList<>();
        for (int r : week) {
            rows.row(9).timestampMicros(t.epochMicros(r)).int8(t.count(r)).uuid(t.customerHigh(r), t.customerLow(r))
                    .uuid(t.campaignHigh(r), t.campaignLow(r)).text(t.channel(r).name()).text(t.kind(r).name())
                    .text(t.journeyStage(r).name()).numeric(t.amount(r)).text(t.currency(r));
            if (rows.buffered() >= CHUNK_BYTES) {
                chunks.add(rows.take());
            }
        }
        rows.end();
        chunks.add(rows.take());
        return new WeekCopy(partition, chunks, rows.rows());
    }

    /** Straight into the week's partition: the server neither routes rows through the parent nor parses text. */
    private record WeekCopy(String partition, List<byte[]> chunks, int rows) {

        int send(Connection c) throws SQLException {
            BinaryCopyRows.send(c, "copy " + partition + " " + COLUMNS + " from stdin (format binary)", chunks);
            return rows;
        }
    }
}
