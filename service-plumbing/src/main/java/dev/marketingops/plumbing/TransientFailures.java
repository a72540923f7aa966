package dev.marketingops.plumbing;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tells a failure that will pass (database down, lock conflict) from one that will not; consumers wait, REST says 503. */
public final class TransientFailures {

    /** SQLState prefixes and codes worth waiting out: connection loss, shutdown, serialization and deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03", "53300");

    /**
     * Passing failures the server answered before any commit (serialization, deadlock, lock not available) or a
     * connection that was never made (refused, rejected, starting up, too many clients): nothing was committed.
     */
    private static final Set<String> UNCOMMITTED_STATES = Set.of("40001", "40P01", "55P03", "08001", "08004", "57P03", "53300");

    /** A connection that went away after it was made: an answer, a COMMIT's too, may have been lost with it. */
    private static final Set<String> LOST_CONNECTION_STATES = Set.of("57P01", "57P02");

    /** Integrity violations that concern the row alone (NOT NULL, CHECK). */
    private static final Set<String> DATA_INTEGRITY_STATES = Set.of("23502", "23514");

    private TransientFailures() {
    }

    /**
     * The failure and its causes, outermost first, root last: every walk of a chain here and in the services reads
     * this. It ends where a cause repeats, so a cause set to its own wrapper (a loop {@code initCause} allows) cannot
     * hang a caller.
     */
    public static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The innermost cause of the chain ({@link #causes}): the failure itself when it has none. */
    public static Throwable root(Throwable failure) {
        List<Throwable> chain = causes(failure);
        return chain.get(chain.size() - 1);
    }

    /** The first SQLState the chain carries, outermost first; null when no cause is a {@link SQLException} with one. */
    public static String sqlState(Throwable failure) {
        for (Throwable t : causes(failure)) {
            String state = state(t);
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /**
     * True for a failure worth waiting out. A data exception (SQLState class 22: numeric overflow, text too long, NUL)
     * or an integrity violation (23: unique, check, foreign key) is never transient, whatever wraps it: the same
     * record fails the same way every time.
     */
    public static boolean isTransient(Throwable failure) {
        if (isDataRefusal(failure) || hasState(failure, "23")) {
            return false;
        }
        for (Throwable t : causes(failure)) {
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

    /**
     * True for a passing failure after which the transaction certainly did not commit, so running it again cannot
     * store anything twice: a serialization failure (40001), a deadlock (40P01), a lock not available (55P03), an
     * optimistic version conflict, a connection that was never made (08001, 08004, 57P03, 53300) or a pool that had
     * none to lend in time (Agroal's acquisition timeout, an SQLException without SQLState). False whenever the chain
     * also shows a lost connection ({@link #mayHaveCommitted}): narrower than {@link #isTransient}.
     */
    public static boolean isRetryableUncommitted(Throwable failure) {
        if (mayHaveCommitted(failure) || isDataRefusal(failure) || hasState(failure, "23")) {
            return false;
        }
        for (Throwable t : causes(failure)) {
            String state = state(t);
            if (state != null && UNCOMMITTED_STATES.contains(state) || isPoolTimeout(t)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the failure leaves open whether the transaction committed: the connection was lost after it was made
     * (SQLState class 08 other than 08001/08004, 57P01/57P02 terminated by the administrator or a crash,
     * {@code SQLRecoverableException}), so a COMMIT the server carried out may never have been answered, or the
     * transaction manager reports a mixed (hazard) outcome. A caller must not run such a write again blindly.
     */
    public static boolean mayHaveCommitted(Throwable failure) {
        for (Throwable t : causes(failure)) {
            String state = state(t);
            if (state != null && (LOST_CONNECTION_STATES.contains(state)
                    || state.startsWith("08") && !UNCOMMITTED_STATES.contains(state))) {
                return true;
            }
            String name = t.getClass().getName();
            if (t instanceof SQLRecoverableException || name.endsWith("HeuristicMixedException")) {
                return true;
            }
        }
        return false;
    }

    /** Agroal's "Sorry, acquisition timeout!" and "Acquisition timeout while waiting for new connection" carry no SQLState. */
    private static boolean isPoolTimeout(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /**
     * True when a write was refused for the values in the record itself, so the same record fails the same way every
     * time and is the one to isolate and dead-letter: a data exception (SQLState class 22), a NOT NULL (23502) or CHECK
     * (23514) violation, or arithmetic overflow computing the values. A unique or foreign-key violation (other 23xxx)
     * is not: it depends on other rows, such as a concurrent writer's.
     */
    public static boolean isDataRefusal(Throwable failure) {
        for (Throwable t : causes(failure)) {
            String state = state(t);
            if (t instanceof ArithmeticException || state != null && DATA_INTEGRITY_STATES.contains(state)) {
                return true;
            }
        }
        return hasState(failure, "22");
    }

    private static boolean hasState(Throwable failure, String sqlStateClass) {
        for (Throwable t : causes(failure)) {
            String state = state(t);
            if (state != null && state.startsWith(sqlStateClass)) {
                return true;
            }
        }
        return false;
    }

    private static String state(Throwable t) {
        return t instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
