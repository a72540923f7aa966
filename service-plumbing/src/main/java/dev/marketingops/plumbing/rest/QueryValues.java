package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.Arrays;
import java.util.UUID;

/** Parses filter query parameters ourselves, so a bad value is a 400 naming the parameter rather than a 404. */
public final class QueryValues {

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

    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter, "must be a UUID");
        }
    }
}
