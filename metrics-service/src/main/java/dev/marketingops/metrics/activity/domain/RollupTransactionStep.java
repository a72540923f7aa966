package dev.marketingops.metrics.activity.domain;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A write that must commit in the same transaction as a batch's rollups, id log and positions (e.g. attribution of
 * the batch's journeys): a CDI bean implementing this runs in {@link RollupStore#commit}, after the rollups, on
 * the batch's connection. If it throws, the whole batch rolls back and is read again, so it must be idempotent per
 * batch only through that transaction (never write elsewhere). Timed as stage {@link #stage()}.
 */
public interface RollupTransactionStep {

    /** The stage name of its timer ({@code marketingops.activity.stage{stage=...}}). */
    String stage();

    /** Writes what the batch adds, on the transaction's connection. */
    void write(Connection connection, ActivityBatch batch) throws SQLException;
}
