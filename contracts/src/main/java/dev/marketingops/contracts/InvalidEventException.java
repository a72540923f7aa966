package dev.marketingops.contracts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An event could not be read or written under its contract. Consumers send the record to the DLQ
 * (see {@link Topics#dlq(String)}) with {@link #reason()} and {@link #getMessage()}; it is never retried,
 * because the same bytes would fail the same way.
 */
public class InvalidEventException extends RuntimeException {

    /** Why an event was rejected; stable codes for DLQ headers, metrics and REST error bodies. */
    public enum Reason {
        /** The data is not JSON, is empty, or cannot be mapped to the payload record. */
        MALFORMED,
        /** Not a CloudEvent in binary mode, or required attributes (ce_* headers, content-type) are missing or wrong. */
        INVALID_ENVELOPE,
        /** The CloudEvent type is not in the {@link EventCatalog}. */
        UNKNOWN_TYPE,
        /** The data does not match the type's JSON Schema; {@link #violations()} names the fields. */
        SCHEMA_VIOLATION
    }

    private final Reason reason;
    private final String eventType;
    private final List<Violation> violations;

    public InvalidEventException(Reason reason, String eventType, String message, List<Violation> violations,
            Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.eventType = eventType;
        this.violations = List.copyOf(violations);
    }

    static InvalidEventException unknownType(String type) {
        return new InvalidEventException(Reason.UNKNOWN_TYPE, type,
                "unknown event type '" + type + "': not in the contracts' EventCatalog", List.of(), null);
    }

    static InvalidEventException malformed(String type, String detail, Throwable cause) {
        return new InvalidEventException(Reason.MALFORMED, type, "malformed event data: " + detail, List.of(), cause);
    }

    static InvalidEventException invalidEnvelope(String type, List<Violation> violations, Throwable cause) {
        return new InvalidEventException(Reason.INVALID_ENVELOPE, type,
                "invalid CloudEvent envelope: " + join(violations), violations, cause);
    }

    static InvalidEventException schemaViolation(String type, List<Violation> violations) {
        return new InvalidEventException(Reason.SCHEMA_VIOLATION, type,
                type + " does not match its schema: " + join(violations), violations, null);
    }

    private static String join(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    public Reason reason() {
        return reason;
    }

    /** The CloudEvent type, when it could be read; null otherwise. */
    public String eventType() {
        return eventType;
    }

    /** The individual problems; empty for MALFORMED and UNKNOWN_TYPE. */
    public List<Violation> violations() {
        return violations;
    }
}
