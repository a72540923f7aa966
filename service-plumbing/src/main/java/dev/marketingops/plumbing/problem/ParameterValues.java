package dev.marketingops.plumbing.problem;

import dev.marketingops.contracts.CanonicalUuid;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells whether a raw query or path value converts to a parameter's type the way JAX-RS converts it (primitives,
 * enums, a {@code String} constructor, {@code valueOf}/{@code fromString}/{@code parse}), and what that type expects.
 */
final class ParameterValues {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private ParameterValues() {
    }

    static boolean converts(Class<?> type, String value) {
        Class<?> target = BOXED.getOrDefault(type, type);
        if (target == String.class || target == Object.class || target == Character.class) {
            return true;
        }
        if (target == Boolean.class) {
            // JAX-RS reads any text as a boolean (Boolean.valueOf), so nothing fails here.
            return true;
        }
        if (target == UUID.class) {
            // The rule of the converter that refused it (rest.UuidParameters): UUID.fromString takes short forms too.
            return CanonicalUuid.parse(value) != null;
        }
        if (target.isEnum()) {
            return Arrays.stream(target.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value))
                    || factory(target, "fromString", String.class) != null && attempt(factory(target, "fromString", String.class), value);
        }
        Function<String, ?> construct = constructor(target);
        if (construct != null) {
            return attempt(construct, value);
        }
        for (String name : new String[] {"valueOf", "fromString", "parse"}) {
            Method method = factory(target, name, String.class);
            if (method == null && "parse".equals(name)) {
                method = factory(target, name, CharSequence.class);
            }
            if (method != null) {
                return attempt(method, value);
            }
        }
        // A type we cannot convert ourselves: we cannot blame it.
        return true;
    }

    static String expectation(Class<?> type) {
        Class<?> target = BOXED.getOrDefault(type, type);
        if (target.isEnum()) {
            return "is not one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == UUID.class) {
            return "is not a UUID (8-4-4-4-12 hex digits)";
        }
        if (Number.class.isAssignableFrom(target)) {
            return "is not a whole number in the range of " + target.getSimpleName();
        }
        if (target.getName().startsWith("java.time.")) {
            return "is not an ISO-8601 " + target.getSimpleName() + " (e.g. 2026-03-01, 2026-03-01T00:00:00Z)";
        }
        return "is not a valid " + target.getSimpleName();
    }

    private static boolean attempt(Method method, String value) {
        return attempt(v -> {
            try {
                return method.invoke(null, v);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }, value);
    }

    private static boolean attempt(Function<String, ?> conversion, String value) {
        try {
            conversion.apply(value);
            return true;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static Function<String, ?> constructor(Class<?> type) {
        try {
            var constructor = type.getConstructor(String.class);
            return v -> {
                try {
                    return constructor.newInstance(v);
                } catch (InvocationTargetException e) {
                    throw new IllegalArgumentException(e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method factory(Class<?> type, String name, Class<?> argument) {
        try {
            Method method = type.getMethod(name, argument);
            return Modifier.isStatic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
