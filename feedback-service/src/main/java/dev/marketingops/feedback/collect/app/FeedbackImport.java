package dev.marketingops.feedback.collect.app;

import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.plumbing.TransientFailures;
import dev.marketingops.plumbing.problem.Problem.FieldError;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Imports the rows of a survey tool's export: each row is stored on its own (its own transaction, through the
 * intake), so one bad or failing row never stops the others, and the report says what became of every row.
 */
@ApplicationScoped
public class FeedbackImport {

    /** The field a FAILED or UNKNOWN row's error names: the whole row, not one of its columns. */
    static final String ROW = "row";
    static final String UNKNOWN_OUTCOME = "outcome unknown: the connection to the database was lost while this row was "
            + "being stored, so it may or may not be stored; not tried again. With an idempotencyKey, import it again (if "
            + "it was stored it answers DUPLICATE); without one, check whether it was stored before importing it again";
    private static final Logger LOG = Logger.getLogger(FeedbackImport.class);

    private final FeedbackIntake intake;

    public FeedbackImport(FeedbackIntake intake) {
        this.intake = intake;
    }

    /**
     * Not transactional on purpose: a row failing in the database must not roll back the rows before it, and the
     * request must not fail after they committed. A row that fails for a passing reason after which it certainly was
     * not stored (a deadlock with an erasure, no connection to be had) is tried once more; failing again, the database
     * is taken as unavailable and the rest are not tried. A row whose connection was lost on the way is never tried
     * again: its COMMIT may have been carried out unanswered, so it is UNKNOWN, and the rows after it go on.
     */
    public ImportReport importRows(String caller, List<Row> rows) {
        List<ImportReport.RowResult> results = new ArrayList<>(rows.size());
        Integer unavailableFrom = null;
        for (Row row : rows) {
            if (unavailableFrom != null) {
                results.add(failed(row, "not tried: the database was unavailable from line " + unavailableFrom
                        + "; nothing of this row was stored, import it again"));
                continue;
            }
            ImportReport.RowResult result = importRow(caller, row);
            if (result == null) {
                unavailableFrom = row.line();
                result = failed(row, "not stored: the database was unavailable or busy; import it again");
            }
            results.add(result);
        }
        return ImportReport.of(results);
    }

    /** The row's result; null when it failed twice for a passing reason (the database is unavailable). */
    private ImportReport.RowResult importRow(String caller, Row row) {
        if (!row.errors().isEmpty()) {
            return new ImportReport.RowResult(row.line(), ImportReport.Outcome.REJECTED, null, row.errors());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                FeedbackIntake.Accepted accepted = intake.submit(caller, row.submission());
                return new ImportReport.RowResult(row.line(), accepted.duplicate() ? ImportReport.Outcome.DUPLICATE
                        : ImportReport.Outcome.ACCEPTED, accepted.feedbackId(), List.of());
            } catch (ProblemException e) {
                return new ImportReport.RowResult(row.line(), ImportReport.Outcome.REJECTED, null, e.errors());
            } catch (RuntimeException e) {
                // The log names the failure's kind, never its values.
                LOG.warnf("CSV import line %d, attempt %d, failed: %s (SQLState %s)", row.line(), attempt,
                        e.getClass().getName(), TransientFailures.sqlState(e));
                if (TransientFailures.isRetryableUncommitted(e)) {
                    if (attempt == 2) {
                        return null;
                    }
                } else if (TransientFailures.mayHaveCommitted(e) || TransientFailures.isTransient(e)) {
                    // Tried again, a row without an idempotencyKey would be stored (and counted) twice.
                    return new ImportReport.RowResult(row.line(), ImportReport.Outcome.UNKNOWN, null,
                            List.of(new FieldError(ROW, UNKNOWN_OUTCOME)));
                } else {
                    // Refused by the database: the row's transaction rolled back whole.
                    return failed(row, "not stored: the database refused it; nothing of this row was stored");
                }
            }
        }
    }

    private static ImportReport.RowResult failed(Row row, String why) {
        return new ImportReport.RowResult(row.line(), ImportReport.Outcome.FAILED, null, List.of(new FieldError(ROW, why)));
    }

    /** One data row as read from the file: its line, the submission, or why it could not be read (then not stored). */
    public record Row(int line, FeedbackSubmitted submission, List<FieldError> errors) {

        public static Row rejected(int line, List<FieldError> errors) {
            return new Row(line, null, List.copyOf(errors));
        }

        public static Row of(int line, FeedbackSubmitted submission) {
            return new Row(line, submission, List.of());
        }
    }
}
