package dev.marketingops.plumbing.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each bad field, {@code allowed} lists legal next steps. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, List<String> allowed, String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path ({@code budget.amount}, {@code events[3].currency}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
