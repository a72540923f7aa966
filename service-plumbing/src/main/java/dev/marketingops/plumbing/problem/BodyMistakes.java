package dev.marketingops.plumbing.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What was wrong with a body Jackson could not map, in the client's terms: never our class names or Jackson's hints. */
final class BodyMistakes {

    /** The field a mistake about the whole body is reported under, as {@code @RequiredBody} does. */
    static final String BODY = "body";

    private static final Pattern TYPE = Pattern.compile("`([^`]*)`");
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z][\\w]*\\.)+(?=[A-Z])");
    private static final Pattern HINT = Pattern.compile("\\s*\\((?:but could if|from `|through reference chain)[^)]*\\)+");

    private BodyMistakes() {
    }

    /** The message for a mapping failure: the rule the value broke if it says one, else the JSON shape expected. */
    static String message(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return clean(e.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return clean(e.getOriginalMessage());
    }

    /** Jackson's or the parser's text with type names shortened to their simple names and configuration hints dropped. */
    static String clean(String message) {
        if (message == null) {
            return "unreadable value";
        }
        String shorter = HINT.matcher(message).replaceAll("");
        Matcher type = TYPE.matcher(shorter);
        StringBuilder out = new StringBuilder();
        while (type.find()) {
            String name = type.group(1);
            String shown = name.startsWith("dev.marketingops.") ? "object" : PACKAGE.matcher(name).replaceAll("");
            type.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        type.appendTail(out);
        return out.toString();
    }

    /** What a value of the type must be, in JSON's words (no Java names: our own types are JSON objects). */
    static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == java.time.LocalDate.class) {
            return "must be an ISO-8601 date such as 2026-03-01";
        }
        if (type.getName().startsWith("java.time.")) {
            return "must be an ISO-8601 time such as 2026-03-01T10:00:00Z";
        }
        if (type == java.util.UUID.class) {
            return "must be a UUID (8-4-4-4-12 hex digits)";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.getName().startsWith("dev.marketingops.")) {
            return "must be a JSON object";
        }
        return "must be a " + type.getSimpleName();
    }
}
