package dev.marketingops.plumbing.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A query or path parameter that cannot be converted to its declared type (a date that is not a date, a non-UUID id,
 * an unknown enum constant) is the client's mistake: 400 naming the parameter. JAX-RS says 404 (RESTEasy Reactive's
 * {@code ParameterHandler} wraps the converter's exception in a {@code NotFoundException} and keeps no parameter
 * name), so the parameter is found again by converting the request's raw values against the resource method.
 */
public class UnreadableParameters {

    private static final int VALUE_SHOWN = 60;

    /** A NotFoundException with a cause came from parameter conversion; one without is an unmatched route (404). */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        Method method = methodOf(resource);
        if (e.getCause() == null || method == null) {
            String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? "Not Found" : e.getMessage();
            return ProblemMappers.respond(404, "Not Found", detail, uri, List.of(), List.of());
        }
        List<Problem.FieldError> errors = unreadable(method, uri);
        String detail = errors.isEmpty() ? "A query or path parameter could not be read"
                : errors.get(0).field() + ": " + errors.get(0).message();
        return ProblemMappers.respond(400, "Bad Request", detail, uri, errors, List.of());
    }

    /** Every declared query, path or matrix parameter (also inside a {@code @BeanParam}) whose raw value does not convert. */
    static List<Problem.FieldError> unreadable(Method method, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        check(field.getAnnotations(), field.getName(), field.getGenericType(), uri, errors);
                    }
                }
            } else {
                check(parameter.getAnnotations(), parameter.getName(), parameter.getParameterizedType(), uri, errors);
            }
        }
        return errors;
    }

    private static void check(Annotation[] annotations, String javaName, Type type, UriInfo uri,
                              List<Problem.FieldError> errors) {
        for (Annotation annotation : annotations) {
            String name = nameOf(annotation, javaName);
            if (name == null) {
                continue;
            }
            List<String> raw = annotation instanceof PathParam || annotation instanceof RestPath
                    ? uri.getPathParameters().get(name) : uri.getQueryParameters().get(name);
            Class<?> target = elementType(type);
            for (String value : raw == null ? List.<String>of() : raw) {
                if (!ParameterValues.converts(target, value)) {
                    errors.add(new Problem.FieldError(name, "'" + shown(value) + "' " + ParameterValues.expectation(target)));
                    return;
                }
            }
        }
    }

    private static String nameOf(Annotation annotation, String javaName) {
        String name = null;
        if (annotation instanceof QueryParam q) {
            name = q.value();
        } else if (annotation instanceof PathParam p) {
            name = p.value();
        } else if (annotation instanceof MatrixParam m) {
            name = m.value();
        } else if (annotation instanceof RestQuery q) {
            name = q.value();
        } else if (annotation instanceof RestPath p) {
            name = p.value();
        }
        return name == null ? null : name.isEmpty() ? javaName : name;
    }

    /** {@code List<UUID>}, {@code Set<Channel>} or {@code Optional<LocalDate>} are read element by element. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type instanceof Class<?> plain ? plain : (type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class);
    }

    private static Method methodOf(ResourceInfo resource) {
        try {
            return resource == null ? null : resource.getResourceMethod();
        } catch (RuntimeException e) {
            // No resource matched (an unknown path): there is no method to look at.
            return null;
        }
    }

    private static String shown(String value) {
        return value.length() <= VALUE_SHOWN ? value : value.substring(0, VALUE_SHOWN) + "…";
    }
}
