package dev.marketingops.plumbing.problem;

import java.util.List;

/** A client's mistake that the API answers with a problem+json body and a 4xx status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final List<String> allowed;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors, List<String> allowed) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist", null, null);
    }

    /** 422: the request is well-formed but breaks a rule about one field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(422, "Unprocessable Content", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        return new ProblemException(422, "Unprocessable Content", "The request breaks " + errors.size() + " rule(s)", errors, null);
    }

    /** 409: the resource's state does not allow this step; {@code allowed} says which steps it does allow. */
    public static ProblemException illegalTransition(String what, String from, String to, List<String> allowed) {
        return new ProblemException(409, "Conflict", what + " cannot go from " + from + " to " + to
                + "; allowed from " + from + ": " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)), null, allowed);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition Failed", detail, null, null);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Bad Request", field + ": " + message, List.of(new Problem.FieldError(field, message)), null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public List<String> allowed() {
        return allowed;
    }
}
