package dev.marketingops.plumbing.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The query, path and matrix parameters a resource method declares, also inside a {@code @BeanParam}, by their wire names. */
final class DeclaredParameters {

    /** Where a parameter's value comes from. */
    enum Source { QUERY, PATH, MATRIX }

    /** One declared parameter: its name on the wire, where it is read from, and its Java type. */
    record Declared(String name, Source source, Type type) {

        /** {@code List<UUID>}, {@code Set<Channel>} or {@code Optional<LocalDate>} are read element by element. */
        Class<?> elementType() {
            if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                    && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return type instanceof Class<?> plain ? plain
                    : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
        }

        /** JAX-RS gives a collection or an array every value of a repeated parameter; any other type only the first. */
        boolean singleValued() {
            Type raw = type instanceof ParameterizedType generic ? generic.getRawType() : type;
            return !(raw instanceof Class<?> plain) || !Collection.class.isAssignableFrom(plain) && !plain.isArray();
        }
    }

    /** Resource methods are few and fixed: each is reflected on once. */
    private static final Map<Method, List<Declared>> BY_METHOD = new ConcurrentHashMap<>();

    private DeclaredParameters() {
    }

    static List<Declared> of(Method method) {
        return BY_METHOD.computeIfAbsent(method, DeclaredParameters::read);
    }

    private static List<Declared> read(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(field.getAnnotations(), field.getName(), field.getGenericType(), declared);
                    }
                }
            } else {
                add(parameter.getAnnotations(), parameter.getName(), parameter.getParameterizedType(), declared);
            }
        }
        return List.copyOf(declared);
    }

    private static void add(Annotation[] annotations, String javaName, Type type, List<Declared> declared) {
        for (Annotation annotation : annotations) {
            String name = null;
            Source source = null;
            if (annotation instanceof QueryParam q) {
                name = q.value();
                source = Source.QUERY;
            } else if (annotation instanceof RestQuery q) {
                name = q.value();
                source = Source.QUERY;
            } else if (annotation instanceof PathParam p) {
                name = p.value();
                source = Source.PATH;
            } else if (annotation instanceof RestPath p) {
                name = p.value();
                source = Source.PATH;
            } else if (annotation instanceof MatrixParam m) {
                name = m.value();
                source = Source.MATRIX;
            }
            if (name != null) {
                declared.add(new Declared(name.isEmpty() ? javaName : name, source, type));
            }
        }
    }
}
