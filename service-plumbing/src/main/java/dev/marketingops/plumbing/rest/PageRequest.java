package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page}/{@code size} query parameters of every list endpoint, read as text so overflow is a 400 naming them. */
public class PageRequest {

    /** The last page whose first row (page × the largest size) is still an int offset. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / Page.MAX_SIZE - 1;

    @QueryParam("page")
    @Parameter(description = "Zero-based page number, 0 to " + MAX_PAGE + " (default 0)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + Page.MAX_SIZE + " (default " + Page.DEFAULT_SIZE + ")",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + Page.MAX_SIZE,
                    defaultValue = "" + Page.DEFAULT_SIZE))
    String size;

    public PageRequest() {
    }

    /** For callers outside a REST request, and tests. */
    public static PageRequest of(String page, String size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int page() {
        return bounded("page", page, 0, 0, MAX_PAGE);
    }

    public int size() {
        return bounded("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE);
    }

    /** Checks both parameters at once, so a request with two bad ones hears about both. */
    public PageRequest validated() {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Runnable check : List.<Runnable>of(this::page, this::size)) {
            try {
                check.run();
            } catch (ProblemException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "Paging parameters out of range", errors, null);
        }
        return this;
    }

    /** Runs {@code query} for this page and maps each entity to its view. */
    public <E, V> Page<V> apply(PanacheQuery<E> query, Function<E, V> view) {
        validated();
        long total = query.count();
        return new Page<>(query.page(page(), size()).list().stream().map(view).toList(), page(), size(), total);
    }

    private static int bounded(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        String value = raw.trim();
        // At most 10 digits before parsing: anything longer is out of range, whatever it says.
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            throw ProblemException.badRequest(name, rule(min, max));
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw ProblemException.badRequest(name, rule(min, max));
        }
        return (int) parsed;
    }

    private static String rule(int min, int max) {
        return "must be a whole number from " + min + " to " + max;
    }
}
