package dev.marketingops.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks event data against its type's JSON Schema and a CloudEvent's required attributes.
 * Immutable and thread-safe; build it once ({@link #standard()}) since it compiles every schema up front.
 */
public final class EventValidator {

    /** The longest CloudEvent id (and subject) accepted, as for ids in REST ingest batches. */
    public static final int MAX_ID_LENGTH = 200;

    /** How strictly unknown fields are treated. */
    public enum Mode {
        /** Exactly the schema, including {@code additionalProperties: false}: for producers, so typos fail fast. */
        STRICT,
        /**
         * Unknown fields are ignored: for consumers, because a new field is an additive change and a reader
         * built against an older contract must accept events from a newer producer.
         */
        TOLERANT
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A "required" directly inside an anyOf branch, as in the subject links (not one reached through a $ref). */
    private static final Pattern ALTERNATIVE_REQUIRED = Pattern.compile("\\.anyOf\\[\\d+]\\.required$");

    private final Map<String, Schema> schemas;

    /** Loads and compiles the schema of every catalog entry; a missing or broken schema fails here, at startup. */
    public EventValidator() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                // Since draft 2019-09 "format" only annotates by default; we want uuid/date/date-time enforced.
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                // Resolve our $ids (and the relative $refs to common.json) from this jar, never over the network,
                // and with this class's loader so it works whatever the thread's context class loader is.
                .schemas(EventValidator::readSchema));
        Map<String, Schema> compiled = new LinkedHashMap<>();
        for (EventContract contract : EventCatalog.all()) {
            compiled.put(contract.type(), registry.getSchema(SchemaLocation.of(contract.schemaUri().toString())));
        }
        this.schemas = Map.copyOf(compiled);
    }

    private static final class Standard {
        private static final EventValidator INSTANCE = new EventValidator();
    }

    /** The shared instance, created on first use. */
    public static EventValidator standard() {
        return Standard.INSTANCE;
    }

    private static String readSchema(String iri) {
        if (!iri.startsWith(EventContract.SCHEMA_BASE_URI)) {
            return null;
        }
        String resource = EventContract.SCHEMA_FOLDER + iri.substring(EventContract.SCHEMA_BASE_URI.length());
        try (InputStream in = EventValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    /** Strict validation of JSON bytes; see {@link #validate(String, byte[], Mode)}. */
    public List<Violation> validate(String type, byte[] json) {
        return validate(type, json, Mode.STRICT);
    }

    /**
     * Validates JSON data against the schema of {@code type}.
     *
     * @return the violations, empty when valid
     * @throws InvalidEventException UNKNOWN_TYPE for a type not in the catalog, MALFORMED for bytes that are not JSON
     */
    public List<Violation> validate(String type, byte[] json, Mode mode) {
        Schema schema = schemaFor(type);
        if (json == null || json.length == 0) {
            throw InvalidEventException.malformed(type, "no data", null);
        }
        List<Error> errors;
        try {
            errors = schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (tools.jackson.core.JacksonException e) {
            throw InvalidEventException.malformed(type, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        return toViolations(errors, mode);
    }

    /** Strict validation of a Jackson tree; see {@link #validate(String, byte[], Mode)}. */
    public List<Violation> validate(String type, JsonNode json) {
        return validate(type, json, Mode.STRICT);
    }

    /** Validates a Jackson tree (e.g. one element of a REST batch) against the schema of {@code type}. */
    public List<Violation> validate(String type, JsonNode json, Mode mode) {
        Schema schema = schemaFor(type);
        String text;
        try {
            // The validator runs on Jackson 3, services on Jackson 2: text is the neutral hand-over.
            text = ContractJson.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw InvalidEventException.malformed(type, e.getOriginalMessage(), e);
        }
        return toViolations(schema.validate(text, InputFormat.JSON), mode);
    }

    /**
     * Checks the CloudEvent attributes every event of ours must have: id, source, type, specversion 1.0 and
     * datacontenttype application/json. Does not look at the data.
     */
    public List<Violation> validateAttributes(CloudEvent event) {
        List<Violation> violations = new ArrayList<>();
        if (event.getSpecVersion() != SpecVersion.V1) {
            violations.add(attribute("specversion", "must be 1.0, was " + event.getSpecVersion()));
        }
        if (isBlank(event.getId())) {
            violations.add(attribute("id", "is required"));
        } else if (!isUsableId(event.getId())) {
            // It is stored (inbox, id log): no control character, no invalid UTF-8, bounded like REST ingest's ids.
            violations.add(attribute("id", "must be 1 to " + MAX_ID_LENGTH + " printable characters (a UUID is best)"));
        }
        if (event.getSubject() != null && (event.getSubject().length() > MAX_ID_LENGTH || !printable(event.getSubject()))) {
            violations.add(attribute("subject", "must be at most " + MAX_ID_LENGTH + " printable characters"));
        }
        if (event.getSource() == null || event.getSource().toString().isEmpty()) {
            violations.add(attribute("source", "is required"));
        }
        if (isBlank(event.getType())) {
            violations.add(attribute("type", "is required"));
        }
        String contentType = event.getDataContentType();
        if (contentType == null) {
            violations.add(attribute("datacontenttype", "is required and must be application/json"));
        } else if (!isJson(contentType)) {
            violations.add(attribute("datacontenttype", "must be application/json, was " + contentType));
        }
        return violations;
    }

    /** The type names a catalog entry (so its schema is loaded); throws UNKNOWN_TYPE otherwise. */
    private Schema schemaFor(String type) {
        Schema schema = type == null ? null : schemas.get(type);
        if (schema == null) {
            throw InvalidEventException.unknownType(type);
        }
        return schema;
    }

    private static List<Violation> toViolations(List<Error> errors, Mode mode) {
        List<Violation> violations = new ArrayList<>();
        Map<String, List<String>> oneOfRequired = new LinkedHashMap<>();
        for (Error error : errors) {
            String keyword = error.getKeyword();
            if (mode == Mode.TOLERANT && "additionalProperties".equals(keyword)) {
                continue;
            }
            if (isNullBranchNoise(error)) {
                continue;
            }
            if (isAlternativeRequired(error)) {
                oneOfRequired.computeIfAbsent(error.getInstanceLocation().toString(), k -> new ArrayList<>())
                        .add(error.getProperty());
                continue;
            }
            violations.add(toViolation(error));
        }
        // "anyOf: [{required: [a]}, {required: [b]}]" fails once per branch; "a is required" would be misleading.
        oneOfRequired.forEach((location, fields) -> violations.add(
                new Violation(location, "needs at least one of: " + String.join(", ", fields), "anyOf")));
        return violations;
    }

    private static boolean isAlternativeRequired(Error error) {
        return "required".equals(error.getKeyword())
                && ALTERNATIVE_REQUIRED.matcher(error.getEvaluationPath().toString()).find();
    }

    /**
     * Optional fields are written {@code anyOf: [<real schema>, {type: null}]}. When the real branch fails, the
     * library also reports "null expected" for the same field, which only restates that it was not null.
     */
    private static boolean isNullBranchNoise(Error error) {
        return "type".equals(error.getKeyword())
                && error.getEvaluationPath().toString().contains("anyOf")
                && error.getSchemaNode() != null
                && "\"null\"".equals(error.getSchemaNode().toString());
    }

    private static Violation toViolation(Error error) {
        String location = error.getInstanceLocation().toString();
        String keyword = error.getKeyword();
        // "required" and "additionalProperties" are reported on the parent object; name the field itself instead.
        switch (keyword) {
            case "required":
                return new Violation(child(location, error.getProperty()), "is required", keyword);
            case "additionalProperties":
                return new Violation(child(location, error.getProperty()), "is not a field of this event", keyword);
            case "false":
                return new Violation(location, "must not be present here (a condition in the schema forbids it)",
                        keyword);
            default:
                return new Violation(location, error.getMessage(), keyword);
        }
    }

    private static String child(String location, String property) {
        if (property == null) {
            return location;
        }
        return IDENTIFIER.matcher(property).matches()
                ? location + "." + property
                : location + "['" + property.replace("'", "\\'") + "']";
    }

    private static Violation attribute(String name, String message) {
        // Name the Kafka header too: that is what a tool author has to fix.
        String header = name.equals("datacontenttype") ? "content-type" : "ce_" + name;
        return new Violation(name, message + " (Kafka header " + header + ")", "cloudevent");
    }

    private static boolean isJson(String contentType) {
        // Parameters such as "; charset=utf-8" are allowed; the media type itself must be JSON.
        String mediaType = contentType.split(";", 2)[0].trim();
        return mediaType.equalsIgnoreCase("application/json");
    }

    /** An event id a consumer may store: 1 to {@link #MAX_ID_LENGTH} characters, none a control or replacement one. */
    public static boolean isUsableId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH && printable(id);
    }

    /** No control character, NUL included: what a tool may send as an id or a reference. */
    public static boolean hasNoControlCharacter(String text) {
        // A loop, not a stream: metrics' ingest calls it for every activity's customerRef.
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Also no U+FFFD, which is what invalid UTF-8 in a header decodes to. */
    private static boolean printable(String text) {
        return hasNoControlCharacter(text) && text.indexOf('\uFFFD') < 0;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
