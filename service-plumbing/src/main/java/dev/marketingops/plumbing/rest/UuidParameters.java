package dev.marketingops.plumbing.rest;

import dev.marketingops.contracts.CanonicalUuid;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/** Reads {@code UUID} path, query and header parameters in the canonical 8-4-4-4-12 hex form only. */
// The form is contracts' CanonicalUuid (the console checks typed ids with it too); a refused value is a 400 naming the
// parameter (problem.UnreadableParameters).
@Provider
public class UuidParameters implements ParamConverterProvider {

    private static final ParamConverter<UUID> CANONICAL = new ParamConverter<>() {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            UUID id = CanonicalUuid.parse(value);
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

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) CANONICAL : null;
    }
}
