package dev.marketingops.metrics.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.metrics.activity.ActivityCheck;
import dev.marketingops.plumbing.kafka.KafkaPublisher;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.idempotency.IdempotencyKey;
import dev.marketingops.plumbing.idempotency.IdempotencyReceipts;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.contracts.Roles;
import io.cloudevents.CloudEvent;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Activity ingest over REST for tools that cannot reach Kafka. Publishing straight to marketing.activity (not through
 * the outbox) is right here: this is an ingest path, not a change of our state, and the answer waits for the acks.
 */
@Path("/api/v1/activity")
@Tag(name = "Activity ingest", description = "Batches of marketing activity from tools")
public class ActivityIngestResource {

    /** The optional member of a batch element that carries the caller's own CloudEvent id for the event. */
    static final String EVENT_ID = "id";
    static final int MAX_ID_LENGTH = 200;
    /** The schema's properties, which are the payload record's components. */
    private static final List<String> PAYLOAD_FIELDS = Arrays.stream(ActivityRecorded.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    private static final Set<String> EVENT_FIELDS = Stream.concat(Stream.of(EVENT_ID), PAYLOAD_FIELDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final EventCodec codec;
    private final ActivityCheck check;
    private final KafkaPublisher publisher;
    private final IdempotencyReceipts receipts;
    private final ObjectMapper mapper;
    private final Caller caller;

    public ActivityIngestResource(EventCodec codec, ActivityCheck check, KafkaPublisher publisher,
                                  IdempotencyReceipts receipts, ObjectMapper mapper, Caller caller) {
        this.codec = codec;
        this.check = check;
        this.publisher = publisher;
        this.receipts = receipts;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOOL_INGEST, Roles.ADMIN})
    @Operation(summary = "Ingest up to 5,000 activity events",
            description = "Validates every event against the ActivityRecorded schema and the campaign's budget currency, "
                    + "publishes the accepted ones to marketing.activity and reports each rejected one with its reasons. "
                    + "With an Idempotency-Key, a batch retried within the receipt retention (24 h by default) gets the "
                    + "stored answer and publishes nothing again. Each event may carry its own CloudEvent id in \"id\" "
                    + "(1 to 200 printable characters, a UUID is best): a batch retried with the same ids, with or "
                    + "without an Idempotency-Key, is counted once within the dedup horizon.")
    @APIResponse(responseCode = "200", description = "Per-event report; accepted events are on Kafka",
            content = @Content(schema = @Schema(implementation = ActivityIngestReport.class)))
    @APIResponse(responseCode = "400", description = "Not a batch, more than 5,000 events, or an event with a field "
            + "the ActivityRecorded schema does not have (errors[].field names it, e.g. events[3].colour)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @Valid @NotNull ActivityBatchRequest batch) {
        Optional<IdempotencyKey> key = IdempotencyKey.parse(idempotencyKey);
        refuseUnknownFields(batch.events());
        String hash = receipts.fingerprint(batch);
        if (key.isPresent()) {
            Optional<IdempotencyReceipts.Receipt> stored = receipts.replay(caller.name(), key.get(), hash);
            if (stored.isPresent()) {
                return Response.ok(stored.get().response(), MediaType.APPLICATION_JSON)
                        .header("Idempotent-Replayed", "true").build();
            }
        }
        String report = receipts.write(publish(batch.events(), key.map(IdempotencyKey::value).orElse(null)));
        key.ifPresent(k -> receipts.record(caller.name(), k, hash, new IdempotencyReceipts.Receipt(200, report)));
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private ActivityIngestReport publish(List<JsonNode> events, String key) {
        URI source = URI.create("/tools/" + caller.name().replaceAll("[^A-Za-z0-9._-]", "-"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        List<ActivityIngestReport.Accepted> accepted = new ArrayList<>();
        List<ActivityIngestReport.Rejected> rejected = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode node = events.get(i);
            List<ActivityIngestReport.Reason> reasons = new ArrayList<>();
            String ownId = ownId(node, reasons);
            ActivityRecorded activity = read(withoutId(node), reasons);
            if (activity != null) {
                check.problem(activity).ifPresent(p -> reasons.add(new ActivityIngestReport.Reason("$.currency", p)));
            }
            if (!reasons.isEmpty()) {
                rejected.add(new ActivityIngestReport.Rejected(i, reasons));
                continue;
            }
            // The caller's own id first; else, with a key, ids derived from it: a retry repeats them, counted once.
            String id = ownId != null ? ownId : key == null ? UUID.randomUUID().toString()
                    : UUID.nameUUIDFromBytes((caller.name() + "\n" + key + "\n" + i).getBytes(StandardCharsets.UTF_8)).toString();
            CloudEvent event = codec.toCloudEvent(activity, source, id, now);
            acks.add(publisher.send(codec.toProducerRecord(Topics.MARKETING_ACTIVITY, activity.partitionKey(), event)));
            accepted.add(new ActivityIngestReport.Accepted(i, id));
        }
        awaitAcks(acks);
        return new ActivityIngestReport(events.size(), accepted.size(), rejected.size(), accepted, rejected);
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

    /** The caller's CloudEvent id for the event, if it gave one: 1 to 200 printable characters. */
    private static String ownId(JsonNode node, List<ActivityIngestReport.Reason> reasons) {
        JsonNode id = node == null || !node.isObject() ? null : node.get(EVENT_ID);
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() || id.asText().isBlank() || id.asText().length() > MAX_ID_LENGTH
                || id.asText().chars().anyMatch(Character::isISOControl)) {
            reasons.add(new ActivityIngestReport.Reason("$.id",
                    "must be a string of 1 to " + MAX_ID_LENGTH + " printable characters (a UUID is best)"));
            return null;
        }
        return id.asText();
    }

    private static JsonNode withoutId(JsonNode node) {
        if (node instanceof ObjectNode object && object.has(EVENT_ID)) {
            ObjectNode copy = object.deepCopy();
            copy.remove(EVENT_ID);
            return copy;
        }
        return node;
    }

    private ActivityRecorded read(JsonNode node, List<ActivityIngestReport.Reason> reasons) {
        if (node == null || !node.isObject()) {
            reasons.add(new ActivityIngestReport.Reason("$", "must be an ActivityRecorded JSON object"));
            return null;
        }
        try {
            return (ActivityRecorded) codec.readPayload(ActivityRecorded.TYPE, node);
        } catch (InvalidEventException e) {
            if (e.violations().isEmpty()) {
                reasons.add(new ActivityIngestReport.Reason("$", e.getMessage()));
            }
            e.violations().forEach(v -> reasons.add(new ActivityIngestReport.Reason(v.path(), v.message())));
            return null;
        }
    }

    private void awaitAcks(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            publisher.reset();
            // Nothing is stored under the key, so the tool's retry publishes again (same ids, counted once).
            throw new ProblemException(503, "Service Unavailable",
                    "marketing.activity did not acknowledge the batch; retry it with the same Idempotency-Key", null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing activity", e);
        }
    }
}
