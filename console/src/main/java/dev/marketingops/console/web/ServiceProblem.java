package dev.marketingops.console.web;

import java.util.List;

/** A service's problem+json answer, carried to the page that made the call so it can show the service's own words. */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> fields;
    private final boolean answered;

    public ServiceProblem(int status, String title, String detail, List<FieldError> fields) {
        this(status, title, detail, fields, true);
    }

    private ServiceProblem(int status, String title, String detail, List<FieldError> fields, boolean answered) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = List.copyOf(fields);
        this.answered = answered;
    }

    /** A call that got no usable answer (down, too slow, unreadable): the console answers 502 for the service. */
    public static ServiceProblem unanswered(String detail) {
        return new ServiceProblem(502, "Service unavailable", detail, List.of(), false);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> fields() {
        return fields;
    }

    /** The alert's first words: the service's status, or that there was no answer to show. */
    public String headline() {
        return answered ? "The service answered " + status + "." : "No answer from the service.";
    }

    /** The service's message about one form field, or null: shown next to the field. */
    public String about(String field) {
        return fields.stream().filter(f -> f.about(field)).map(FieldError::message).findFirst().orElse(null);
    }

    /**
     * What the page shows: the service's title and detail, and the fields it named that the detail does not already
     * say (services often put their one field error in the detail too).
     */
    public String message() {
        String text = title + (detail == null || detail.isBlank() ? "" : ": " + detail);
        List<String> more = fields.stream().filter(f -> detail == null || !detail.contains(f.message()))
                .map(f -> f.field() + ": " + f.message()).toList();
        return more.isEmpty() ? text : text + " (" + String.join("; ", more) + ")";
    }
}
