package dev.marketingops.plumbing.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A single-valued query parameter given more than once ({@code ?campaignId=a&campaignId=b}) is the client's mistake:
 * 400 naming it. JAX-RS would silently take the first value and answer for a filter the client did not mean.
 * Parameters declared as a collection take every value, and parameters the method does not declare are left alone.
 */
public class RepeatedParameters {

    private static final String MESSAGE = "is given %d times; it takes one value";

    /** The single-valued query parameters of each resource method, in declaration order. */
    private static final Map<Method, List<String>> SINGLE = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseRepeats(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest raw) {
        if (!repeatsAName(raw.query())) {
            return null;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        List<String> single = SINGLE.computeIfAbsent(method, m -> DeclaredParameters.of(m).stream()
                .filter(p -> p.source() == DeclaredParameters.Source.QUERY && p.singleValued())
                .map(DeclaredParameters.Declared::name).distinct().toList());
        MultivaluedMap<String, String> values = request.getUriInfo().getQueryParameters();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : single) {
            List<String> given = values.get(name);
            if (given != null && given.size() > 1) {
                errors.add(new Problem.FieldError(name, String.format(MESSAGE, given.size())));
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        return ProblemMappers.respond(400, "Bad Request", errors.get(0).field() + ": " + errors.get(0).message(),
                request.getUriInfo(), errors, List.of());
    }

    /**
     * The cheap check every request pays: does any name occur twice in the raw query? Only names with an escape are
     * decoded ({@code l%69mit} is {@code limit}); the decoded parameters are built only when a name repeats.
     */
    static boolean repeatsAName(String query) {
        if (query == null || query.indexOf('&') < 0) {
            return false;
        }
        Set<String> names = new HashSet<>();
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            int equals = query.indexOf('=', start);
            String name = query.substring(start, equals >= start && equals < end ? equals : end);
            if (name.indexOf('%') >= 0 || name.indexOf('+') >= 0) {
                name = decode(name);
            }
            if (!name.isEmpty() && !names.add(name)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken escape: JAX-RS will not read it as any declared name either.
            return name;
        }
    }
}
