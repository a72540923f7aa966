package dev.marketingops.console.web;

import dev.marketingops.contracts.CanonicalUuid;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/** Reads ids in the console's addresses in the canonical 8-4-4-4-12 form only, as the services do (CanonicalUuid). */
// UUID.fromString takes 1-2-3-4-5 as 00000001-0002-…: the page would then ask a service for an id nobody typed. The
// message keeps UUID.fromString's wording, which NotFoundPage turns into "‘…’ in the address is not an id".
@Provider
public class CanonicalIds implements ParamConverterProvider {

    private static final ParamConverter<UUID> CANONICAL = new ParamConverter<>() {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            UUID id = CanonicalUuid.parse(value);
            if (id == null) {
                throw new IllegalArgumentException("Invalid UUID string: " + value);
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
