package dev.marketingops.plumbing.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants in answers written as ISO-8601 text (the same characters as {@link Instant#toString()}) into one char
 * array: the JSR-310 module's writer builds a zoned formatter, a print context and a string per instant, the largest
 * allocation of a campaign read. Years outside 0–9999, timestamps and {@code @JsonFormat} are left to that writer.
 */
@Singleton
public class InstantText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /**
     * Wraps whatever serializer Jackson found for {@link Instant} (the JSR-310 module's), in whatever order the modules
     * were registered: a modifier sees the final serializer.
     */
    static SimpleModule module() {
        return new SimpleModule("instant-text").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                if (description.getBeanClass() == Instant.class && !(serializer instanceof Writer)) {
                    return new Writer((JsonSerializer<Instant>) serializer);
                }
                return serializer;
            }
        });
    }

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years, no sign. */
    private static final long FIRST = -62_167_219_200L;
    private static final long LAST = 253_402_300_799L;

    /**
     * Writes {@code instant} as {@link Instant#toString()} would into {@code out} (at least 30 chars) and returns the
     * length, or -1 outside the years 0–9999. Fractions come in groups of three digits, as ISO_INSTANT prints them.
     */
    static int write(Instant instant, char[] out) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return -1;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        int n = 19;
        int nano = instant.getNano();
        if (nano > 0) {
            out[n++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(out, n, nano / 1_000_000, 3);
                n += 3;
            } else if (nano % 1000 == 0) {
                digits(out, n, nano / 1000, 6);
                n += 6;
            } else {
                digits(out, n, nano, 9);
                n += 9;
            }
        }
        out[n++] = 'Z';
        return n;
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The serializer: ours for plain text, the standard one for everything else. */
    private static final class Writer extends StdSerializer<Instant> implements ContextualSerializer {

        private final transient JsonSerializer<Instant> standard;

        Writer(JsonSerializer<Instant> standard) {
            super(Instant.class);
            this.standard = standard;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonFormat.Value format = findFormatOverrides(provider, property, handledType());
            if (format == null || JsonFormat.Value.empty().equals(format)) {
                return this;
            }
            // A @JsonFormat (or a configured format) for this property: the standard writer honours it.
            return standard instanceof ContextualSerializer contextual ? contextual.createContextual(provider, property) : standard;
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
                standard.serialize(value, generator, provider);
                return;
            }
            char[] text = new char[30];
            int length = write(value, text);
            if (length < 0) {
                standard.serialize(value, generator, provider);
            } else {
                generator.writeString(text, 0, length);
            }
        }
    }
}
