package dev.marketingops.plumbing.rest;

import dev.marketingops.contracts.PayloadBounds;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/** Dates and instants in request bodies: ISO-8601 text within the years 1 to 9999, which PostgreSQL can hold. */
final class BoundedTimes<T> extends StdDeserializer<T> {

    static final int MIN_YEAR = PayloadBounds.MIN_YEAR;
    static final int MAX_YEAR = PayloadBounds.MAX_YEAR;

    private final transient JsonDeserializer<T> standard;
    /** Within the years in UTC and to PostgreSQL's microsecond (contracts' PayloadBounds, as for events). */
    private final transient Predicate<T> storable;

    private BoundedTimes(Class<T> type, JsonDeserializer<T> standard, Predicate<T> storable) {
        super(type);
        this.standard = standard;
        this.storable = storable;
    }

    /**
     * Wraps whatever deserializer Jackson found for these types (the JSR-310 module's), whatever order the modules were
     * registered in: a modifier sees every deserializer, a module's own deserializer only wins if registered last.
     */
    static SimpleModule module() {
        return new SimpleModule("bounded-times").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (deserializer instanceof BoundedTimes) {
                    return deserializer;
                }
                if (type == Instant.class) {
                    return new BoundedTimes<>(Instant.class, (JsonDeserializer<Instant>) deserializer,
                            PayloadBounds::withinYears);
                }
                if (type == OffsetDateTime.class) {
                    return new BoundedTimes<>(OffsetDateTime.class, (JsonDeserializer<OffsetDateTime>) deserializer,
                            o -> PayloadBounds.withinYears(o.toInstant()));
                }
                if (type == LocalDate.class) {
                    return new BoundedTimes<>(LocalDate.class, (JsonDeserializer<LocalDate>) deserializer,
                            PayloadBounds::withinYears);
                }
                return deserializer;
            }
        });
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        // Numbers (epoch seconds or days), arrays and blank text are refused: Jackson read 1e400 as 1970, [] as null.
        if (!p.hasToken(JsonToken.VALUE_STRING) || p.getText().isBlank()) {
            String found = p.hasToken(JsonToken.VALUE_STRING) ? "blank text" : describe(p.currentToken());
            throw InvalidFormatException.from(p, "must be ISO-8601 text such as " + example() + ", not " + found,
                    p.getText(), handledType());
        }
        T value;
        try {
            value = standard.deserialize(p, ctxt);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw InvalidFormatException.from(p, "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR, p.getText(), handledType());
        }
        if (value != null) {
            boolean within;
            try {
                within = storable.test(value);
            } catch (ArithmeticException | java.time.DateTimeException e) {
                within = false;
            }
            if (!within) {
                throw InvalidFormatException.from(p, "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR, value.toString(),
                        handledType());
            }
        }
        return value;
    }

    private String example() {
        return handledType() == LocalDate.class ? "2026-03-01" : "2026-03-01T10:00:00Z";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> String.valueOf(token);
        };
    }
}
