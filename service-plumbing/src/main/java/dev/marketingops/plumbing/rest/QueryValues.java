package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Parses filter query parameters ourselves, so a bad value is a 400 naming the parameter rather than a 404. */
public final class QueryValues {

    private static final String MUST_BE_UUID = "must be a UUID (8-4-4-4-12 hex digits)";

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The canonical UUID in {@code value} (trimmed), null when it is absent or blank, or a 400 naming the parameter. */
    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return uuid(value.trim(), parameter, v -> MUST_BE_UUID);
    }

    /**
     * {@code value} as a canonical UUID ({@link UuidParameters#canonical}), or a 400 naming the parameter with the
     * message made from the refused value; an empty value is refused too (one item of a list such as {@code ids=a,,b}).
     */
    public static UUID uuid(String value, String parameter, UnaryOperator<String> message) {
        UUID id = UuidParameters.canonical(value);
        if (id == null) {
            throw ProblemException.badRequest(parameter, message.apply(value));
        }
        return id;
    }
}
