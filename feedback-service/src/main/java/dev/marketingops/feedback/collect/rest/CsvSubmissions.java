package dev.marketingops.feedback.collect.rest;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.feedback.collect.app.FeedbackImport;
import dev.marketingops.plumbing.idempotency.IdempotencyKey;
import dev.marketingops.plumbing.problem.Problem.FieldError;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a survey tool's CSV export into submissions, row by row: a row that cannot be read becomes a row with the
 * reasons (field errors), checked with the same rules as a JSON submission; only a bad header or a file that is not
 * CSV (a quoted value never closed) fails the whole file.
 */
@ApplicationScoped
public class CsvSubmissions {

    static final int MAX_ROWS = 10_000;
    static final List<String> COLUMNS = List.of("type", "score", "rating", "text", "productId", "launchId", "campaignId",
            "roadmapItemId", "channel", "locale", "submittedAt", "customerRef", "idempotencyKey");
    static final Set<String> REQUIRED = Set.of("type", "channel", "locale", "customerRef");
    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private final Validator validator;

    public CsvSubmissions(Validator validator) {
        this.validator = validator;
    }

    public List<FeedbackImport.Row> parse(String csv) {
        List<CsvTable.Row> table = CsvTable.parse(csv == null ? "" : csv);
        if (table.isEmpty()) {
            throw ProblemException.badRequest("header", "the file is empty; the first line must name the columns " + COLUMNS);
        }
        Map<String, Integer> header = header(table.get(0));
        if (table.size() - 1 > MAX_ROWS) {
            throw ProblemException.badRequest("rows", "at most " + MAX_ROWS + " rows per import, got " + (table.size() - 1));
        }
        List<FeedbackImport.Row> rows = new ArrayList<>(table.size() - 1);
        for (CsvTable.Row row : table.subList(1, table.size())) {
            rows.add(read(row, header));
        }
        return rows;
    }

    private static Map<String, Integer> header(CsvTable.Row row) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = known.get(row.cells().get(i).strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                throw ProblemException.badRequest("header", "unknown column '" + row.cells().get(i) + "'; known: " + COLUMNS);
            }
            Integer earlier = header.put(name, i);
            if (earlier != null) {
                // Two cells per row would answer to one name: every row would be read with one of them lost.
                throw ProblemException.badRequest("header", "column '" + name + "' is repeated (columns " + (earlier + 1)
                        + " and " + (i + 1) + ")");
            }
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                throw ProblemException.badRequest("header", "column '" + required + "' is missing");
            }
        }
        return header;
    }

    private FeedbackImport.Row read(CsvTable.Row row, Map<String, Integer> header) {
        if (row.cells().size() > header.size()) {
            return FeedbackImport.Row.rejected(row.line(), List.of(new FieldError("row",
                    row.cells().size() + " cells but the header names " + header.size() + " columns (unquoted comma in a text?)")));
        }
        Cells cells = new Cells(row, header);
        FeedbackRequest request = new FeedbackRequest(
                cells.parse("type", v -> FeedbackType.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + Arrays.toString(FeedbackType.values())),
                cells.parse("score", Integer::valueOf, "a whole number"),
                cells.parse("rating", Integer::valueOf, "a whole number"),
                cells.get("text"),
                new SubjectRef(cells.uuid("productId"), cells.uuid("launchId"), cells.uuid("campaignId"), cells.uuid("roadmapItemId")),
                cells.parse("channel", v -> Channel.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + Arrays.toString(Channel.values())),
                cells.get("locale"),
                cells.parse("submittedAt", Instant::parse, "an instant such as 2025-03-01T10:15:30Z"),
                cells.get("customerRef"));
        String idempotencyKey = cells.idempotencyKey();
        if (cells.errors.isEmpty()) {
            for (ConstraintViolation<FeedbackRequest> violation : validator.validate(request)) {
                cells.errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
            }
        }
        return cells.errors.isEmpty() ? FeedbackImport.Row.of(row.line(), request.toSubmission(idempotencyKey))
                : FeedbackImport.Row.rejected(row.line(), cells.errors);
    }

    /** One row's cells by column name; blank cells are absent values; parse failures are collected as field errors. */
    private static final class Cells {
        final CsvTable.Row row;
        final Map<String, Integer> header;
        final List<FieldError> errors = new ArrayList<>();

        Cells(CsvTable.Row row, Map<String, Integer> header) {
            this.row = row;
            this.header = header;
        }

        String get(String column) {
            Integer index = header.get(column);
            if (index == null || index >= row.cells().size()) {
                return null;
            }
            String value = row.cells().get(index).strip();
            if (value.indexOf('\0') >= 0) {
                // PostgreSQL cannot store it: the row is refused, naming the column, instead of failing the import.
                errors.add(new FieldError(column, "must not contain the NUL character (U+0000)"));
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        <T> T parse(String column, Function<String, T> parser, String expected) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                errors.add(new FieldError(column, "'" + value + "' is not " + expected));
                return null;
            }
        }

        /** The key as the shared store reads it; its refusal names this column, not the REST header. */
        String idempotencyKey() {
            String value = get(IDEMPOTENCY_KEY);
            try {
                return IdempotencyKey.parse(value).map(IdempotencyKey::value).orElse(null);
            } catch (ProblemException e) {
                e.errors().forEach(error -> errors.add(new FieldError(IDEMPOTENCY_KEY, error.message())));
                return null;
            }
        }

        UUID uuid(String column) {
            // Only the canonical form: UUID.fromString would read 1-2-3-4-5 as another id.
            return parse(column, value -> QueryValues.uuid(value, column), "a UUID");
        }
    }
}
