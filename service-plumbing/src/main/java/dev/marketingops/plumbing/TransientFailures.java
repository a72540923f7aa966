package dev.marketingops.plumbing;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Tells a failure that will pass (database down, lock conflict) from one that will not; consumers wait, REST says 503. */
public final class TransientFailures {

    /** SQLState prefixes and codes worth waiting out: connection loss, shutdown, serialization and deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03", "53300");

    private TransientFailures() {
    }

    /**
     * True for a failure worth waiting out. A data exception (SQLState class 22: numeric overflow, text too long, NUL)
     * or an integrity violation (23: unique, check, foreign key) is never transient, whatever wraps it: the same
     * record fails the same way every time.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return false;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("LockAcquisitionException")
                    || name.endsWith("PessimisticLockException") || name.endsWith("OptimisticLockException")
                    || name.endsWith("StaleObjectStateException") || name.contains("agroal")) {
                return true;
            }
        }
        return false;
    }
}
