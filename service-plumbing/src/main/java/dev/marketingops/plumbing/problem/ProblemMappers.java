package dev.marketingops.plumbing.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.marketingops.plumbing.TransientFailures;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.opentelemetry.api.trace.Span;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.marketingops.plumbing.rest.RequiredBody;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a REST call can meet into an RFC 9457 problem+json answer; a client's mistake is never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int FIRST = Priorities.USER - 100;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors(), e.allowed());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = violation.getConstraintDescriptor().getAnnotation() instanceof RequiredBody
                    ? "body" : fieldPath(violation.getPropertyPath());
            errors.add(new Problem.FieldError(field, violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(400, "Bad Request", "The request has " + errors.size() + " invalid field(s)", uri, errors, List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "Bad Request", "Unknown property '" + e.getPropertyName() + "'", uri,
                List.of(new Problem.FieldError(field, "unknown property; allowed: " + e.getKnownPropertyIds())), List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        String field = orBody(jsonPath(e));
        String message = e.getTargetType() == String.class || e.getOriginalMessage().startsWith("must ")
                ? e.getOriginalMessage()
                : "'" + e.getValue() + "' " + (e.getTargetType() == null ? "is not valid here" : BodyMistakes.expected(e.getTargetType()));
        return respond(400, "Bad Request", field + ": " + message, uri, List.of(new Problem.FieldError(field, message)), List.of());
    }

    /** Quarkus brings its own mapper for this exact type; ours answers in problem+json and names the field. */
    @ServerExceptionMapper(priority = FIRST)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response badJson(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException parsing && !(parsing instanceof JsonMappingException)) {
            // A parse error (NaN, a huge exponent) met while mapping: the parser knows the leaf, the mapping only its parent.
            return malformedJson(parsing, uri);
        }
        String field = orBody(jsonPath(e));
        String message = BodyMistakes.message(e);
        return respond(400, "Bad Request", field + ": " + message, uri, List.of(new Problem.FieldError(field, message)), List.of());
    }

    /** Not JSON, a duplicate key, a number too large for its type: named by where the parser stopped. */
    @ServerExceptionMapper(priority = FIRST)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e.getProcessor() instanceof JsonParser parser ? dotted(parser.getParsingContext().pathAsPointer()) : "";
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String message = "duplicate key '" + duplicate.group(1) + "'; send each key once";
            return respond(400, "Bad Request", "The request body has a " + message, uri,
                    List.of(new Problem.FieldError(field.isEmpty() ? duplicate.group(1) : field, message)), List.of());
        }
        String message = BodyMistakes.clean(e.getOriginalMessage());
        return respond(400, "Bad Request", "The request body is not valid JSON: " + message, uri,
                List.of(new Problem.FieldError(orBody(field), message)), List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return respond(409, "Conflict", "Someone else changed this resource meanwhile; read it again and retry", uri, List.of(), List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your token does not carry a role that may do this", uri, List.of(), List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus' JSON reader wraps parse errors (a duplicate key, a number too large) in a bare 400: name the field.
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof InvalidFormatException format ? badValue(format, uri) : badJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformedJson(parsing, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        Response response = respond(status, title, detail, uri, List.of(), List.of());
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = Priorities.USER + 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            // The database is restarting or overloaded: say so, and when to retry, instead of a bare 500.
            LOG.warnf("Unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(503, "Service Unavailable",
                    "A backing service is briefly unavailable; retry shortly", uri, List.of(), List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "2").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(500, "Internal Server Error", "An unexpected error occurred (incident " + incident + ")", uri, List.of(), List.of());
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(401, "Unauthorized", "A valid bearer token is required", uri, List.of(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(int status, String title, String detail, UriInfo uri,
                            List<Problem.FieldError> errors, List<String> allowed) {
        String traceId = Span.current().getSpanContext().isValid() ? Span.current().getSpanContext().getTraceId() : null;
        Problem body = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), errors, allowed, traceId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * {@code create.arg0.budget.amount} becomes {@code budget.amount}: the client knows its body, not our methods.
     * A constraint on a query or path parameter itself is reported by that parameter's name.
     */
    static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    if (last) {
                        field.append(node.getName());
                    }
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** {@code /markets/1/country} becomes {@code markets[1].country}. */
    static String dotted(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }

    private static String orBody(String field) {
        return field.isEmpty() ? BodyMistakes.BODY : field;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
