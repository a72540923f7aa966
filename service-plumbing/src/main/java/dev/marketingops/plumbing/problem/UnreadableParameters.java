package dev.marketingops.plumbing.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
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
        for (DeclaredParameters.Declared parameter : DeclaredParameters.of(method)) {
            List<String> raw = parameter.source() == DeclaredParameters.Source.PATH
                    ? uri.getPathParameters().get(parameter.name()) : uri.getQueryParameters().get(parameter.name());
            Class<?> target = parameter.elementType();
            for (String value : raw == null ? List.<String>of() : raw) {
                if (!ParameterValues.converts(target, value)) {
                    errors.add(new Problem.FieldError(parameter.name(),
                            "'" + shown(value) + "' " + ParameterValues.expectation(target)));
                    break;
                }
            }
        }
        return errors;
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
