package dev.marketingops.feedback.collect.app;

import dev.marketingops.plumbing.problem.Problem.FieldError;
import java.util.List;
import java.util.UUID;

/** What became of each row of a CSV import. */
public record ImportReport(int rows, long accepted, long duplicates, long rejected, long failed, long unknown,
                           List<RowResult> results) {

    public static ImportReport of(List<RowResult> results) {
        return new ImportReport(results.size(), count(results, Outcome.ACCEPTED), count(results, Outcome.DUPLICATE),
                count(results, Outcome.REJECTED), count(results, Outcome.FAILED), count(results, Outcome.UNKNOWN), results);
    }

    private static long count(List<RowResult> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** One data row: its line in the file, the outcome, the stored feedback's id, or why it was not stored. */
    public record RowResult(int line, Outcome outcome, UUID feedbackId, List<FieldError> errors) {
    }

    /**
     * ACCEPTED: stored now; DUPLICATE: stored before under its idempotencyKey; REJECTED: the row is wrong, see errors;
     * FAILED: the row may be right but could not be stored now (errors[].field is row): nothing of it was stored,
     * import it again; UNKNOWN: the connection was lost while it was being stored (errors[].field is row): it may or
     * may not be stored: import it again if it has an idempotencyKey, else check first.
     */
    public enum Outcome {
        ACCEPTED,
        DUPLICATE,
        REJECTED,
        FAILED,
        UNKNOWN
    }
}
