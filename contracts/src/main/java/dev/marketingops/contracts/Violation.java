package dev.marketingops.contracts;

/**
 * One reason an event is invalid.
 *
 * @param path    JSON path of the offending field in the data, e.g. {@code $.objectives[0].target}, or the
 *                CloudEvent attribute name (e.g. {@code specversion}) for envelope problems
 * @param message what is wrong, in words
 * @param keyword the JSON Schema keyword that failed (e.g. {@code required}), or {@code cloudevent} for attributes
 */
public record Violation(String path, String message, String keyword) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
