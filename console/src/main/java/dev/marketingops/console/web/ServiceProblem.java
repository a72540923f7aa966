package dev.marketingops.console.web;

import java.util.List;

/** A service's problem+json answer, carried to the page that made the call so it can show the service's own words. */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<String> fields;

    public ServiceProblem(int status, String title, String detail, List<String> fields) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = List.copyOf(fields);
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

    public List<String> fields() {
        return fields;
    }

    /** What the page shows: the service's title and detail, and which fields it named. */
    public String message() {
        String text = title + (detail == null || detail.isBlank() ? "" : ": " + detail);
        return fields.isEmpty() ? text : text + " (" + String.join("; ", fields) + ")";
    }
}
