package dev.marketingops.infra.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/** Sends hostile input to every write operation of a service's OpenAPI document; no 5xx, every 4xx problem+json. */
public final class WriteFuzzer {

    private static final List<String> HOSTILE_IDS = List.of("x".repeat(5_000), "\u0000", "a\u0000b", "99999999999999999999",
            "-1", " ", "%", "\uD83D\uDE00");

    private final URI base;
    private final String token;
    private final HttpClient http = TestHttp.client();
    private BiFunction<String, String, String> pathValues = (template, parameter) -> null;
    private BiFunction<String, String, String> bodies = (method, template) -> null;
    private int minimumRequests = 2_000;
    private long seed = Long.getLong("fuzz.seed", 20261127L);

    public WriteFuzzer(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Values for path parameters ({@code (template, name) -> value}, null for a generated one), to reach real rows. */
    public WriteFuzzer pathValues(BiFunction<String, String, String> values) {
        this.pathValues = values;
        return this;
    }

    /**
     * Valid bodies ({@code (method, template) -> JSON}, null for one generated from the schema): each hostile value then
     * replaces one field of a body that would otherwise pass, so it reaches the rules and the database behind them.
     */
    public WriteFuzzer bodies(BiFunction<String, String, String> valid) {
        this.bodies = valid;
        return this;
    }

    public WriteFuzzer minimumRequests(int minimum) {
        this.minimumRequests = minimum;
        return this;
    }

    /** Runs against the document the service serves now; the same seed sends the same requests. */
    public Report run() {
        OpenApiDocument document = OpenApiDocument.fetch(base);
        FuzzInputs inputs = new FuzzInputs(document);
        List<OpenApiDocument.ApiOperation> writes = document.operations("/api/").stream().filter(OpenApiDocument.ApiOperation::isWrite).toList();
        if (writes.isEmpty()) {
            throw new IllegalStateException("no write operation in the OpenAPI document of " + base);
        }
        Run run = new Run(document);
        Random random = new Random(seed);
        Map<OpenApiDocument.ApiOperation, JsonNode> plausible = new LinkedHashMap<>();
        for (OpenApiDocument.ApiOperation operation : writes) {
            JsonNode schema = requestSchema(operation);
            String given = bodies.apply(operation.method(), operation.path());
            plausible.put(operation, given != null ? OpenApiDocument.JSON.readTree(given)
                    : schema == null ? null : inputs.sample(schema, 0));
        }
        for (OpenApiDocument.ApiOperation operation : writes) {
            JsonNode body = plausible.get(operation);
            String text = body == null ? "" : body.toString();
            run.send(operation, path(operation, null, null), text, "application/json");
            run.send(operation, path(operation, null, null), text, null);
            run.send(operation, path(operation, null, null), text, "text/plain");
            run.send(operation, path(operation, null, null), text, "application/xml");
            for (String hostile : FuzzInputs.hostileBodies(text)) {
                run.send(operation, path(operation, null, null), hostile, "application/json");
            }
            for (String parameter : pathParameters(operation)) {
                for (String id : HOSTILE_IDS) {
                    run.send(operation, path(operation, parameter, id), text, "application/json");
                }
            }
            if (body != null) {
                for (String pointer : FuzzInputs.fieldPointers(body, "", 0)) {
                    for (JsonNode value : FuzzInputs.hostileValues()) {
                        run.send(operation, path(operation, null, null), FuzzInputs.with(body, pointer, value).toString(), "application/json");
                    }
                }
            }
        }
        List<JsonNode> values = FuzzInputs.hostileValues();
        List<OpenApiDocument.ApiOperation> withBodies = writes.stream().filter(o -> plausible.get(o) != null).toList();
        while (run.requests < minimumRequests && !withBodies.isEmpty()) {
            OpenApiDocument.ApiOperation operation = withBodies.get(random.nextInt(withBodies.size()));
            JsonNode body = plausible.get(operation);
            List<String> pointers = FuzzInputs.fieldPointers(body, "", 0);
            for (int i = 0, n = 1 + random.nextInt(3); i < n && !pointers.isEmpty(); i++) {
                body = FuzzInputs.with(body, pointers.get(random.nextInt(pointers.size())), values.get(random.nextInt(values.size())));
            }
            run.send(operation, path(operation, null, null), body.toString(), "application/json");
        }
        return new Report(run.requests, writes.stream().map(Object::toString).toList(), run.statuses, run.failures);
    }

    private JsonNode requestSchema(OpenApiDocument.ApiOperation operation) {
        JsonNode content = operation.node().path("requestBody").path("content");
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getKey().contains("json")) {
                return media.getValue().path("schema");
            }
        }
        return null;
    }

    private static List<String> pathParameters(OpenApiDocument.ApiOperation operation) {
        List<String> names = new ArrayList<>();
        for (String segment : operation.path().split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    /** The operation's path with each parameter filled in; {@code hostileParameter} gets {@code hostileValue}. */
    private String path(OpenApiDocument.ApiOperation operation, String hostileParameter, String hostileValue) {
        StringBuilder path = new StringBuilder();
        for (String segment : operation.path().substring(1).split("/")) {
            path.append('/');
            if (!segment.startsWith("{")) {
                path.append(segment);
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            String value = name.equals(hostileParameter) ? hostileValue : pathValues.apply(operation.path(), name);
            if (value == null) {
                value = parameterSample(operation, name);
            }
            path.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path.toString();
    }

    private static String parameterSample(OpenApiDocument.ApiOperation operation, String name) {
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (name.equals(parameter.path("name").asString(""))) {
                JsonNode schema = parameter.path("schema");
                if (schema.has("enum") && !schema.get("enum").isEmpty()) {
                    return schema.get("enum").get(0).asString();
                }
            }
        }
        return UUID.randomUUID().toString();
    }

    /** How many requests went out, to which operations, how many got each status, and every answer that broke the rules. */
    public record Report(int requests, List<String> operations, Map<Integer, Integer> statuses, List<String> failures) {
    }

    /** One fuzzing session: sends, checks and counts. */
    private final class Run {

        private final OpenApiDocument document;
        private final List<String> failures = new ArrayList<>();
        private final Map<String, Integer> seen = new LinkedHashMap<>();
        private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        private int requests;

        Run(OpenApiDocument document) {
            this.document = document;
        }

        void send(OpenApiDocument.ApiOperation operation, String path, String body, String contentType) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .method(operation.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            requests++;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                statuses.merge(response.statusCode(), 1, Integer::sum);
                String problem = FuzzChecks.problemWith(document, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body());
                if (problem != null) {
                    fail(operation, response.statusCode(), problem, path, body, contentType);
                }
            } catch (IOException e) {
                fail(operation, -1, "no answer: " + e, path, body, contentType);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void fail(OpenApiDocument.ApiOperation operation, int status, String problem, String path, String body,
                          String contentType) {
            String key = operation + " " + status + " " + problem.split(":")[0];
            if (seen.merge(key, 1, Integer::sum) == 1) {
                String shown = body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
                String shownPath = path.length() > 200 ? path.substring(0, 200) + "…" : path;
                failures.add(operation + " → " + status + ": " + problem + "\n    sent " + operation.method() + " " + shownPath
                        + " [" + contentType + "] " + shown);
            }
        }
    }
}
