package dev.marketingops.feedback.collect.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * A row the database fails to store (not a ProblemException) is reported in its own result and the import goes on,
 * instead of failing the request after the rows before it committed. Plain JUnit: no client can make a valid row
 * fail in the database on purpose, so the intake throws what Hibernate throws for such failures.
 */
class ImportRowFailureTest {

    /** The intake's submit per line: throws the next failure queued for the line, else stores it. */
    private static final class ScriptedIntake extends FeedbackIntake {
        final Map<Integer, List<Supplier<RuntimeException>>> failures = new HashMap<>();
        final List<Integer> tried = new ArrayList<>();

        ScriptedIntake() {
            super(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public Accepted submit(String caller, FeedbackSubmitted submission) {
            int line = submission.score();
            tried.add(line);
            List<Supplier<RuntimeException>> queued = failures.getOrDefault(line, new ArrayList<>());
            if (!queued.isEmpty()) {
                throw queued.remove(0).get();
            }
            return new Accepted(UUID.randomUUID(), false);
        }

        void fail(int line, int times, Supplier<RuntimeException> failure) {
            List<Supplier<RuntimeException>> queued = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                queued.add(failure);
            }
            failures.put(line, queued);
        }
    }

    private static FeedbackImport.Row row(int line) {
        // The score carries the line, so the scripted intake knows which row it is given.
        return FeedbackImport.Row.of(line, new FeedbackSubmitted(null, FeedbackType.NPS, line, null, null,
                SubjectRef.product(UUID.randomUUID()), Channel.WEB, "en", null, "c-" + line));
    }

    private static RuntimeException deadlock() {
        return new LockAcquisitionException("could not execute statement", new SQLException("deadlock detected", "40P01"));
    }

    private static RuntimeException uniqueViolation() {
        return new ConstraintViolationException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"), "some_unique");
    }

    @Test
    void aRowRefusedByTheDatabaseIsFailedInItsResultAndTheRowsAfterItAreStored() {
        ScriptedIntake intake = new ScriptedIntake();
        intake.fail(3, 1, ImportRowFailureTest::uniqueViolation);

        ImportReport report = new FeedbackImport(intake).importRows("tool", List.of(row(2), row(3), row(4)));

        assertThat(report.results()).extracting(ImportReport.RowResult::outcome).containsExactly(
                ImportReport.Outcome.ACCEPTED, ImportReport.Outcome.FAILED, ImportReport.Outcome.ACCEPTED);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.accepted()).isEqualTo(2);
        ImportReport.RowResult failed = report.results().get(1);
        assertThat(failed.line()).isEqualTo(3);
        assertThat(failed.feedbackId()).isNull();
        assertThat(failed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(FeedbackImport.ROW);
            assertThat(e.message()).contains("not stored").doesNotContain("duplicate key");
        });
        assertThat(intake.tried).containsExactly(2, 3, 4); // a refusal is not retried: it would fail the same way
    }

    @Test
    void aDeadlockedRowIsTriedOnceMoreAndStored() {
        ScriptedIntake intake = new ScriptedIntake();
        intake.fail(3, 1, ImportRowFailureTest::deadlock);

        ImportReport report = new FeedbackImport(intake).importRows("tool", List.of(row(2), row(3), row(4)));

        assertThat(report.results()).extracting(ImportReport.RowResult::outcome).containsOnly(ImportReport.Outcome.ACCEPTED);
        assertThat(intake.tried).containsExactly(2, 3, 3, 4);
    }

    @Test
    void anUnavailableDatabaseFailsTheRowAndTheRestWithoutTryingThem() {
        ScriptedIntake intake = new ScriptedIntake();
        intake.fail(3, 2, () -> new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused", "08001")));

        ImportReport report = new FeedbackImport(intake).importRows("tool", List.of(row(2), row(3), row(4), row(5)));

        assertThat(report.results()).extracting(ImportReport.RowResult::outcome).containsExactly(ImportReport.Outcome.ACCEPTED,
                ImportReport.Outcome.FAILED, ImportReport.Outcome.FAILED, ImportReport.Outcome.FAILED);
        assertThat(report.results().get(3).errors().get(0).message()).contains("not tried", "line 3");
        assertThat(intake.tried).containsExactly(2, 3, 3); // waiting for connections row by row would take hours
    }

    @Test
    void aRowWhoseConnectionWasLostIsUnknownAndNotTriedAgain() {
        ScriptedIntake intake = new ScriptedIntake();
        // As the COMMIT's failure reaches the import: the transaction manager's exception around the driver's.
        intake.fail(3, 1, () -> new IllegalStateException("ARJUNA016053: Could not commit transaction.",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        intake.fail(4, 1, () -> new JDBCConnectionException("could not execute statement",
                new SQLException("terminating connection due to administrator command", "57P01")));

        ImportReport report = new FeedbackImport(intake).importRows("tool", List.of(row(2), row(3), row(4), row(5)));

        assertThat(report.results()).extracting(ImportReport.RowResult::outcome).containsExactly(ImportReport.Outcome.ACCEPTED,
                ImportReport.Outcome.UNKNOWN, ImportReport.Outcome.UNKNOWN, ImportReport.Outcome.ACCEPTED);
        assertThat(report.unknown()).isEqualTo(2);
        assertThat(report.failed()).isZero();
        assertThat(report.results().get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(FeedbackImport.ROW);
            assertThat(e.message()).contains("may or may not be stored", "idempotencyKey").doesNotContain("nothing");
        });
        // Once each: the server may have committed them, and a second try would store a row without a key twice.
        assertThat(intake.tried).containsExactly(2, 3, 4, 5);
    }
}
