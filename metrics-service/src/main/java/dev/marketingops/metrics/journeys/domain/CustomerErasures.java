package dev.marketingops.metrics.journeys.domain;

import dev.marketingops.metrics.activity.domain.BinaryCopyRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The erasure records (customer pseudonym, erasure time) and the lock that orders erasures against batch commits: an
 * erasure holds it exclusively, a batch that stores touchpoints holds it shared from its check to its commit. So an
 * erasure either commits first, and the batch's check sees its record, or waits for the batch, and its delete sees
 * the batch's rows. Both sides run on the caller's transaction's connection.
 */
public final class CustomerErasures {

    /** "mops_era": the erasure lock, an advisory lock of its own (the outbox relay's is "mops_rel"). */
    public static final long LOCK_KEY = 0x6d6f70735f657261L;

    private CustomerErasures() {
    }

    /** Waits for batches that are storing touchpoints, then records the erasure (a later one of the customer wins). */
    static void record(Connection c, UUID customerKey, Instant erasedAt) throws SQLException {
        try (Statement lock = c.createStatement()) {
            // A statement of its own: the record and the delete that follow read after every batch it waited for.
            lock.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into customer_erasure (customer_key, erased_at) values (?, ?)
                on conflict (customer_key) do update set erased_at = greatest(customer_erasure.erased_at, excluded.erased_at)""")) {
            ps.setObject(1, customerKey);
            ps.setObject(2, erasedAt.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /**
     * Erasure times in epoch microseconds of the customers erased at or after {@code fromEpochMicros} (the batch's
     * oldest touchpoint): one statement per batch, none per event. Takes the shared lock first, in a statement of
     * its own, so the read sees every erasure that committed before it and none can commit until the batch does.
     */
    static Map<UUID, Long> erasedSince(Connection c, long fromEpochMicros) throws SQLException {
        try (Statement lock = c.createStatement()) {
            lock.execute("select pg_advisory_xact_lock_shared(" + LOCK_KEY + ")");
        }
        Map<UUID, Long> erased = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select customer_key, erased_at from customer_erasure where erased_at >= ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(fromEpochMicros, 1_000_000L),
                    Math.floorMod(fromEpochMicros, 1_000_000L) * 1_000L), ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    erased.put(rs.getObject(1, UUID.class),
                            BinaryCopyRows.epochMicros(rs.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return erased;
    }
}
