package dev.marketingops.metrics.activity;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a write refused because of the data in it (a value out of range, a check that fails) from one refused for a
 * reason that passes (connection lost, lock conflict, database down): only the first is a poison record's doing.
 */
final class WriteFailures {

    /** SQLSTATEs of class 22 (data exception) and these of class 23: the rows themselves are wrong. */
    private static final Set<String> DATA_INTEGRITY = Set.of("23502", "23514");

    private WriteFailures() {
    }

    /** True when retrying the same records can never succeed, so the batch must be split to find them. */
    static boolean causedByData(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsumerFencedException) {
                return false;
            }
            if (t instanceof ArithmeticException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("22") || DATA_INTEGRITY.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, which names the database's reason. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "not writable to the rollups: " + root.getMessage();
    }
}
