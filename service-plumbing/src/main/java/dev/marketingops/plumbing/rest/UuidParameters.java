package dev.marketingops.plumbing.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/** Reads {@code UUID} path, query and header parameters in the canonical 8-4-4-4-12 hex form only. */
// UUID.fromString also takes short groups (1-2-3-4-5 is 00000001-0002-0003-0004-000000000005), so a malformed id would
// look up another one; a refused value is a 400 naming the parameter (problem.UnreadableParameters).
@Provider
public class UuidParameters implements ParamConverterProvider {

    /** A canonical UUID's length: 32 hex digits and 4 dashes. */
    public static final int LENGTH = 36;

    private static final ParamConverter<UUID> CANONICAL = new ParamConverter<>() {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            UUID id = canonical(value);
            if (id == null) {
                throw new IllegalArgumentException("not a UUID in the canonical 8-4-4-4-12 hex form");
            }
            return id;
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    };

    /** {@code value} as a UUID when it is exactly 8-4-4-4-12 ASCII hex digits (either case), otherwise null. */
    public static UUID canonical(String value) {
        if (value == null || value.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return null;
            }
        }
        return UUID.fromString(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) CANONICAL : null;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
