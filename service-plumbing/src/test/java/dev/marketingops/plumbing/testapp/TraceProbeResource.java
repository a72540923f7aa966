package dev.marketingops.plumbing.testapp;

import dev.marketingops.contracts.Roles;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.jboss.logging.MDC;

/** Shows the server span a request runs in, so tests can see which requests are recorded. */
@Path("/api/v1/trace-probe")
public class TraceProbeResource {

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ADMIN})
    public Map<String, Object> read() {
        return currentSpan();
    }

    @POST
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    public Map<String, Object> write() {
        return currentSpan();
    }

    private static Map<String, Object> currentSpan() {
        Span span = Span.current();
        SpanContext context = span.getSpanContext();
        Object logged = MDC.get("traceId");
        return Map.of("traceId", context.getTraceId(), "valid", context.isValid(), "recording", span.isRecording(),
                "sampled", context.isSampled(), "loggedTraceId", logged == null ? "" : logged);
    }
}
