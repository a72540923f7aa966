package dev.marketingops.metrics.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.metrics.activity.app.ActivityIngest;
import dev.marketingops.plumbing.idempotency.IdempotencyKey;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Activity ingest over REST for tools that cannot reach Kafka: checks the request's shape (key length, no field the
 * event schema does not have) and hands the batch to {@link ActivityIngest}, which publishes it and answers the report.
 */
@Path("/api/v1/activity")
@Tag(name = "Activity ingest", description = "Batches of marketing activity from tools")
public class ActivityIngestResource {

    /** The schema's properties, which are the payload record's components. */
    private static final List<String> PAYLOAD_FIELDS = Arrays.stream(ActivityRecorded.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    private static final Set<String> EVENT_FIELDS = Stream.concat(Stream.of(ActivityIngest.EVENT_ID), PAYLOAD_FIELDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final ActivityIngest ingest;
    private final Caller caller;

    public ActivityIngestResource(ActivityIngest ingest, Caller caller) {
        this.ingest = ingest;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOOL_INGEST, Roles.ADMIN})
    @Operation(summary = "Ingest up to 5,000 activity events",
            description = "Validates every event against the ActivityRecorded schema, the campaign's budget currency and "
                    + "a plausible occurredAt (2000 to a day ahead of the service's clock), "
                    + "publishes the accepted ones to marketing.activity and reports each rejected one with its reasons. "
                    + "With an Idempotency-Key, a batch retried within the receipt retention (24 h by default) gets the "
                    + "stored answer and publishes nothing again. Each event may carry its own CloudEvent id in \"id\" "
                    + "(1 to 200 printable characters, a UUID is best): a batch retried with the same ids, with or "
                    + "without an Idempotency-Key, is counted once within the dedup horizon.")
    @APIResponse(responseCode = "200", description = "Per-event report; accepted events are on Kafka",
            content = @Content(schema = @Schema(implementation = ActivityIngestReport.class)))
    @APIResponse(responseCode = "400", description = "Not a batch, more than 5,000 events, or an event with a field "
            + "the ActivityRecorded schema does not have (errors[].field names it, e.g. events[3].colour)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another batch")
    public Response ingest(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @Valid @NotNull ActivityBatchRequest batch) {
        Optional<IdempotencyKey> key = IdempotencyKey.parse(idempotencyKey);
        refuseUnknownFields(batch.events());
        ActivityIngest.Answer answer = ingest.ingest(caller.name(), key, batch);
        Response.ResponseBuilder ok = Response.ok(answer.report(), MediaType.APPLICATION_JSON);
        return (answer.replayed() ? ok.header("Idempotent-Replayed", "true") : ok).build();
    }

    /**
     * A field the event schema does not have is the caller's mistake (a typo, another contract), never a value to drop
     * silently: the whole batch is refused, naming every such field, before anything is published.
     */
    private static void refuseUnknownFields(List<JsonNode> events) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode node = events.get(i);
            if (node != null && node.isObject()) {
                int index = i;
                node.fieldNames().forEachRemaining(name -> {
                    if (!EVENT_FIELDS.contains(name)) {
                        unknown.add(new Problem.FieldError("events[" + index + "]." + name,
                                "is not a field of ActivityRecorded (allowed: id, " + String.join(", ", PAYLOAD_FIELDS) + ")"));
                    }
                });
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "Unknown field in the activity batch", unknown, null);
        }
    }
}
