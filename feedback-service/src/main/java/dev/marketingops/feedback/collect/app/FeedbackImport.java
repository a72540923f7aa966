package dev.marketingops.feedback.collect.app;

import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.plumbing.problem.Problem.FieldError;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports the rows of a survey tool's export: each row is stored on its own (its own transaction, through the
 * intake), so one bad row never stops the others, and the report says what became of every row.
 */
@ApplicationScoped
public class FeedbackImport {

    private final FeedbackIntake intake;

    public FeedbackImport(FeedbackIntake intake) {
        this.intake = intake;
    }

    /** Not transactional on purpose: a row failing in the database must not roll back the rows before it. */
    public ImportReport importRows(String caller, List<Row> rows) {
        List<ImportReport.RowResult> results = new ArrayList<>(rows.size());
        for (Row row : rows) {
            results.add(importRow(caller, row));
        }
        return ImportReport.of(results);
    }

    private ImportReport.RowResult importRow(String caller, Row row) {
        if (!row.errors().isEmpty()) {
            return new ImportReport.RowResult(row.line(), ImportReport.Outcome.REJECTED, null, row.errors());
        }
        try {
            FeedbackIntake.Accepted accepted = intake.submit(caller, row.submission());
            return new ImportReport.RowResult(row.line(),
                    accepted.duplicate() ? ImportReport.Outcome.DUPLICATE : ImportReport.Outcome.ACCEPTED, accepted.feedbackId(), List.of());
        } catch (ProblemException e) {
            return new ImportReport.RowResult(row.line(), ImportReport.Outcome.REJECTED, null, e.errors());
        }
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
