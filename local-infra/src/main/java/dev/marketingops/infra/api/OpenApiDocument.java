package dev.marketingops.infra.api;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's OpenAPI 3.1 document: its operations, and JSON Schema 2020-12 validation against any schema in it. */
public final class OpenApiDocument {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IRI = "https://openapi.invalid/document.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public OpenApiDocument(String json) {
        this.root = JSON.readTree(json);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                .schemas(iri -> IRI.equals(iri) ? json : null));
    }

    /** Reads the document a running service serves. */
    public static OpenApiDocument fetch(URI base) {
        try {
            // A request timeout as well: the client's default h2c upgrade once left a suite waiting forever.
            HttpResponse<String> response = TestHttp.client().send(
                    HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + response.statusCode());
            }
            return new OpenApiDocument(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Every documented operation under {@code prefix}, e.g. {@code /api/}. */
    public List<ApiOperation> operations(String prefix) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(), operation,
                            "/paths/" + escape(path.getKey()) + "/" + method));
                }
            }
        }
        return operations;
    }

    /**
     * Every documented 4xx/5xx answer under {@code prefix} whose body is not problem+json with the Problem schema only,
     * as "GET /api/v1/x 404"; empty when every error answer is documented as the services send it.
     */
    public List<String> errorsWithoutProblem(String prefix) {
        List<String> wrong = new ArrayList<>();
        if (root.path("components").path("schemas").path("Problem").isMissingNode()) {
            wrong.add("components/schemas/Problem is missing");
        }
        for (ApiOperation operation : operations(prefix)) {
            for (Map.Entry<String, JsonNode> response : operation.node().path("responses").properties()) {
                if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
                    continue;
                }
                JsonNode content = resolve(response.getValue()).path("content");
                String ref = content.path("application/problem+json").path("schema").path("$ref").asString("");
                if (content.size() != 1 || !"#/components/schemas/Problem".equals(ref)) {
                    wrong.add(operation + " " + response.getKey());
                }
            }
        }
        return wrong;
    }

    /** The operation a real request went to: literal segments win over templated ones, as in JAX-RS matching. */
    public Optional<ApiOperation> find(String method, String rawPath) {
        String[] actual = stripQuery(rawPath).split("/", -1);
        ApiOperation best = null;
        int bestLiterals = -1;
        for (ApiOperation operation : operations("/")) {
            if (!operation.method().equalsIgnoreCase(method)) {
                continue;
            }
            String[] template = operation.path().split("/", -1);
            if (template.length != actual.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{")) {
                    continue;
                }
                matches = template[i].equals(actual[i]);
                literals++;
            }
            if (matches && literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Validates JSON text against the schema at a JSON pointer of this document; the messages, empty when valid. */
    public List<String> validate(String schemaPointer, String json) {
        Schema schema = compiled.computeIfAbsent(schemaPointer, p -> registry.getSchema(SchemaLocation.of(IRI + "#" + p)));
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            messages.add(error.toString());
        }
        return messages;
    }

    /** The node at a JSON pointer, following a {@code $ref} at that node. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int guard = 0; current != null && current.has("$ref") && guard < 20; guard++) {
            String ref = current.get("$ref").asString();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
        }
        return current;
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String stripQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** One operation: its method, path template, the operation object and where it is in the document. */
    public record ApiOperation(String method, String path, JsonNode node, String pointer) {

        public boolean isWrite() {
            return !"GET".equals(method);
        }

        /** Whether the operation documents a request body. */
        public boolean takesBody() {
            return node.has("requestBody");
        }

        /**
         * A path that matches this operation's template: each parameter takes the first value its schema allows (an
         * enum's first constant, a pattern's first alternative) or a fresh UUID, so the request reaches the operation.
         */
        public String samplePath() {
            String sample = path;
            for (JsonNode parameter : node.path("parameters")) {
                if (!"path".equals(parameter.path("in").asString(""))) {
                    continue;
                }
                JsonNode schema = parameter.path("schema");
                String value = schema.path("enum").isArray() && !schema.path("enum").isEmpty()
                        ? schema.path("enum").get(0).asString()
                        : schema.has("pattern") ? schema.path("pattern").asString().replaceAll("^\\^?\\(?|[|)$].*$", "")
                        : java.util.UUID.randomUUID().toString();
                sample = sample.replace("{" + parameter.path("name").asString() + "}", value);
            }
            return sample;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
