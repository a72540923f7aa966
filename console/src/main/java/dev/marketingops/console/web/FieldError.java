package dev.marketingops.console.web;

/** A message about one form field, shown next to it: the console's own check or a service's {@code errors[]} entry. */
public record FieldError(String field, String message) {

    /** Whether this error is about the named field; true also for a service's nested name such as "range.from". */
    public boolean about(String name) {
        return field != null && (field.equals(name) || field.endsWith("." + name));
    }
}
