package dev.marketingops.contracts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What storage needs of a payload beyond its schema: no NUL in text, times within years 1 to 9999 in UTC. */
public final class PayloadBounds {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** To the microsecond, as PostgreSQL stores it: a later fraction would round into year 10000. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private PayloadBounds() {
    }

    /** The payload's values out of bounds, each named by its JSON path ({@code $.items[2].name}); empty if none. */
    public static List<Violation> check(Object payload) {
        List<Violation> violations = new ArrayList<>();
        walk(payload, "$", violations);
        return violations;
    }

    public static boolean withinYears(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean withinYears(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    private static void walk(Object value, String path, List<Violation> out) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            if (text.indexOf('\0') >= 0) {
                out.add(new Violation(path, "must not contain the NUL character", "nul"));
            }
        } else if (value instanceof Instant instant) {
            outsideYears(withinYears(instant), path, out);
        } else if (value instanceof OffsetDateTime time) {
            outsideYears(withinYears(time.toInstant()), path, out);
        } else if (value instanceof LocalDate date) {
            outsideYears(withinYears(date), path, out);
        } else if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                walk(element, path + "[" + index++ + "]", out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                walk(key, path + ".<key>", out);
                walk(element, path + "." + key, out);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                walk(read(component, value), path + "." + component.getName(), out);
            }
        }
    }

    private static void outsideYears(boolean within, String path, List<Violation> out) {
        if (!within) {
            out.add(new Violation(path, "must be within the years 1 to 9999 (UTC)", "format"));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of a payload", e);
        }
    }
}
