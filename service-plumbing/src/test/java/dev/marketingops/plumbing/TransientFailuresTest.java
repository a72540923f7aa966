package dev.marketingops.plumbing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Data and integrity errors are never transient, whatever wraps them; connection loss and conflicts are; which refusals are
 * the record's own; which failures certainly committed nothing and which leave the commit open; the chain every walk reads.
 */
class TransientFailuresTest {

    @Test
    void overflowAndConstraintViolationsAreNotTransientEvenInsideATransientLookingWrapper() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("numeric field overflow", "22003")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("check constraint", "23514")))).isFalse();
    }

    @Test
    void connectionLossAndConflictsAreTransient() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("serialization", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("lock timeout", "55P03")))).isTrue();
    }

    @Test
    void aDataRefusalIsTheRecordsOwnValuesNotAnotherRowOrTheConnection() {
        assertThat(TransientFailures.isDataRefusal(wrapped(new SQLException("numeric field overflow", "22003")))).isTrue();
        assertThat(TransientFailures.isDataRefusal(new RuntimeException(new SQLException("not null", "23502")))).isTrue();
        assertThat(TransientFailures.isDataRefusal(new RuntimeException(new SQLException("check", "23514")))).isTrue();
        assertThat(TransientFailures.isDataRefusal(new IllegalStateException(new ArithmeticException("overflow")))).isTrue();
        assertThat(TransientFailures.isDataRefusal(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(TransientFailures.isDataRefusal(new RuntimeException(new SQLException("gone", "08006")))).isFalse();
        assertThat(TransientFailures.isDataRefusal(new IllegalStateException("fenced"))).isFalse();
    }

    @Test
    void onlyFailuresThatCertainlyCommittedNothingAreRetryable() {
        assertThat(TransientFailures.isRetryableUncommitted(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(TransientFailures.isRetryableUncommitted(new RuntimeException(new SQLException("serialization", "40001")))).isTrue();
        assertThat(TransientFailures.isRetryableUncommitted(wrapped(new SQLException("lock not available", "55P03")))).isTrue();
        assertThat(TransientFailures.isRetryableUncommitted(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(TransientFailures.isRetryableUncommitted(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        // A connection lost after it was made may have taken a COMMIT's answer with it.
        assertThat(TransientFailures.isRetryableUncommitted(new RuntimeException(new SQLException("I/O error", "08006")))).isFalse();
        assertThat(TransientFailures.isRetryableUncommitted(new RuntimeException(new SQLException("terminating", "57P01")))).isFalse();
        assertThat(TransientFailures.isRetryableUncommitted(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(TransientFailures.isRetryableUncommitted(new IllegalStateException("no database involved"))).isFalse();
    }

    @Test
    void aConnectionLostAfterItWasMadeLeavesTheCommitOpen() {
        assertThat(TransientFailures.mayHaveCommitted(new RuntimeException("commit failed",
                new IllegalStateException(new SQLException("I/O error", "08006"))))).isTrue();
        assertThat(TransientFailures.mayHaveCommitted(new RuntimeException(new SQLException("crash", "57P02")))).isTrue();
        assertThat(TransientFailures.mayHaveCommitted(new RuntimeException(new SQLException("refused", "08001")))).isFalse();
        assertThat(TransientFailures.mayHaveCommitted(wrapped(new SQLException("deadlock detected", "40P01")))).isFalse();
        // isTransient's meaning is unchanged: consumers (inbox) and REST's 503 still wait a lost connection out.
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
    }

    @Test
    void theChainRunsFromTheFailureToItsRootAndEndsWhereACauseRepeats() {
        SQLException root = new SQLException("lock timeout", "55P03");
        IllegalStateException middle = new IllegalStateException(root);
        RuntimeException failure = new RuntimeException(middle);
        assertThat(TransientFailures.causes(failure)).containsExactly(failure, middle, root);
        assertThat(TransientFailures.causes(root)).containsExactly(root);

        // initCause refuses a failure as its own cause, not a loop through another: every walk must still end.
        IllegalStateException outer = new IllegalStateException("outer");
        IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
        outer.initCause(inner);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(TransientFailures.causes(outer)).containsExactly(outer, inner);
            assertThat(TransientFailures.isTransient(outer)).isFalse();
            assertThat(TransientFailures.isDataRefusal(outer)).isFalse();
        });
    }

    @Test
    void theRootIsTheChainsLastAndTheSqlStateItsFirstOne() {
        SQLException driver = new SQLException("lock timeout", "55P03");
        SQLException wrapper = new SQLException("batch failed", null, driver); // a state-less SQLException outside
        RuntimeException failure = new RuntimeException(new IllegalStateException(wrapper));
        assertThat(TransientFailures.root(failure)).isSameAs(driver);
        assertThat(TransientFailures.root(driver)).isSameAs(driver);
        assertThat(TransientFailures.sqlState(failure)).isEqualTo("55P03");
        assertThat(TransientFailures.sqlState(new RuntimeException("no database"))).isNull();
    }

    /** Shaped like Hibernate's lock exception around the driver's error: the name alone would say transient. */
    private static RuntimeException wrapped(SQLException cause) {
        return new PessimisticLockException(cause);
    }

    static final class PessimisticLockException extends RuntimeException {
        PessimisticLockException(Throwable cause) {
            super(cause);
        }
    }
}
