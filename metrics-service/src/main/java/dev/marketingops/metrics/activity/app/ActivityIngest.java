package dev.marketingops.metrics.activity.app;

import dev.marketingops.contracts.EventValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.metrics.activity.domain.ActivityCheck;
import dev.marketingops.metrics.activity.rest.ActivityBatchRequest;
import dev.marketingops.metrics.activity.rest.ActivityIngestReport;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.plumbing.idempotency.IdempotencyKey;
import dev.marketingops.plumbing.idempotency.IdempotencyReceipts;
import dev.marketingops.plumbing.kafka.KafkaPublisher;
import dev.marketingops.plumbing.problem.ProblemException;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Activity ingest over REST: validates each event against the contract and the campaign's budget currency, publishes
 * the accepted ones straight to marketing.activity (not through the outbox: this is an ingest path, not a change of
 * our state, and the answer waits for the acks) and answers a per-event report; with an Idempotency-Key, the first
 * answer is stored and a retry of the same batch gets it again (the shared {@link IdempotencyReceipts}).
 */
@ApplicationScoped
public class ActivityIngest {

    /** The optional member of a batch element that carries the caller's own CloudEvent id for the event. */
    public static final String EVENT_ID = "id";
    private static final String CUSTOMER_REF = "customerRef";

    /** The answer: the report as JSON, and whether it is a stored one (a retry with the same Idempotency-Key). */
    public record Answer(String report, boolean replayed) {
    }

    private final EventCodec codec;
    private final ActivityCheck check;
    private final KafkaPublisher publisher;
    private final IdempotencyReceipts receipts;
    private final CustomerPseudonym pseudonym;
    private final Clock clock;

    public ActivityIngest(EventCodec codec, ActivityCheck check, KafkaPublisher publisher, IdempotencyReceipts receipts,
                          CustomerPseudonym pseudonym, Clock clock) {
        this.codec = codec;
        this.check = check;
        this.publisher = publisher;
        this.receipts = receipts;
        this.pseudonym = pseudonym;
        this.clock = clock;
    }

    /**
     * Ingests the caller's batch under its Idempotency-Key (none: no receipt); the batch's fingerprint (customer
     * references pseudonymised) tells a retry from another batch under the same key. One transaction around replay check, publication and receipt: the key's lock is held
     * until the receipt commits, so a concurrent request under the same key waits and then gets the stored answer (or
     * the 422 for another batch) instead of publishing a second batch whose derived ids collide with the first's.
     * Without a key no connection is taken; a failed publication rolls back and stores nothing, so a retry publishes.
     */
    @Transactional
    public Answer ingest(String caller, Optional<IdempotencyKey> key, ActivityBatchRequest batch) {
        String hash = key.isPresent() ? receipts.fingerprint(fingerprinted(batch.events())) : null;
        Optional<IdempotencyReceipts.Receipt> stored = key.flatMap(k -> receipts.replay(caller, k, hash));
        if (stored.isPresent()) {
            return new Answer(stored.get().response(), true);
        }
        String report = receipts.write(publish(caller, batch.events(), key.map(IdempotencyKey::value).orElse(null)));
        key.ifPresent(k -> receipts.record(caller, k, hash, new IdempotencyReceipts.Receipt(200, report)));
        return new Answer(report, false);
    }

    /**
     * What a receipt fingerprints: the batch with each customerRef as metrics' keyed pseudonym. An unkeyed hash of the
     * raw batch, kept 24 h, would confirm a guessed reference (the rest of an event is easy to guess). A reference
     * with surrounding blanks, or one that is no string, becomes the pseudonym of its JSON text in an array instead, so
     * two batches still fingerprint alike only when they are the same batch.
     */
    private List<JsonNode> fingerprinted(List<JsonNode> events) {
        List<JsonNode> form = new ArrayList<>(events.size());
        for (JsonNode node : events) {
            JsonNode ref = node instanceof ObjectNode object ? object.get(CUSTOMER_REF) : null;
            if (ref == null || ref.isNull()) {
                form.add(node);
                continue;
            }
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            String text = ref.asText();
            copy.set(CUSTOMER_REF, ref.isTextual() && text.equals(text.strip())
                    ? TextNode.valueOf(pseudonym.of(text).toString())
                    : copy.arrayNode().add(pseudonym.of(ref.toString()).toString()));
            form.add(copy);
        }
        return form;
    }

    private ActivityIngestReport publish(String caller, List<JsonNode> events, String key) {
        URI source = URI.create("/tools/" + caller.replaceAll("[^A-Za-z0-9._-]", "-"));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Instant latest = check.latestOccurredAt();
        List<ActivityIngestReport.Accepted> accepted = new ArrayList<>();
        List<ActivityIngestReport.Rejected> rejected = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode node = events.get(i);
            List<ActivityIngestReport.Reason> reasons = new ArrayList<>();
            String ownId = ownId(node, reasons);
            ActivityRecorded activity = read(withoutId(node), reasons);
            if (activity != null) {
                check.problem(activity, latest).ifPresent(p -> reasons.add(new ActivityIngestReport.Reason(p.field(), p.message())));
            }
            if (!reasons.isEmpty()) {
                rejected.add(new ActivityIngestReport.Rejected(i, reasons));
                continue;
            }
            // The caller's own id first; else, with a key, ids derived from it: a retry repeats them, counted once.
            String id = ownId != null ? ownId : key == null ? UUID.randomUUID().toString()
                    : UUID.nameUUIDFromBytes((caller + "\n" + key + "\n" + i).getBytes(StandardCharsets.UTF_8)).toString();
            CloudEvent event = codec.toCloudEvent(activity, source, id, now);
            acks.add(publisher.send(codec.toProducerRecord(Topics.MARKETING_ACTIVITY, activity.partitionKey(), event)));
            accepted.add(new ActivityIngestReport.Accepted(i, id));
        }
        awaitAcks(acks);
        return new ActivityIngestReport(events.size(), accepted.size(), rejected.size(), accepted, rejected);
    }

    /** The caller's CloudEvent id for the event, if it gave one: 1 to 200 printable characters. */
    private static String ownId(JsonNode node, List<ActivityIngestReport.Reason> reasons) {
        JsonNode id = node == null || !node.isObject() ? null : node.get(EVENT_ID);
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() || !EventValidator.isUsableId(id.asText())) {
            // The same rule as a CloudEvent id on Kafka: the id is remembered for deduplication.
            reasons.add(new ActivityIngestReport.Reason("$.id",
                    "must be a string of 1 to " + EventValidator.MAX_ID_LENGTH + " printable characters (a UUID is best)"));
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
