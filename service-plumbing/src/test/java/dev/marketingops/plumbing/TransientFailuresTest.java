package dev.marketingops.plumbing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Data and integrity errors are never transient, whatever wraps them; connection loss and conflicts are; which refusals are the record's own. */
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
