package dev.marketingops.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketingops.infra.api.TestHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Walks every write operation (POST, PUT, PATCH, DELETE) of a running service's OpenAPI document with a token of a
 * foreign team that holds the operation's roles, against a resource another team owns, and expects a 403 problem
 * naming the owner team. Each operation needs a decision in the test: the calls that reach an owned resource, or an
 * explicit "not team-owned" with the reason. A new operation without one fails the walk.
 */
public final class ForeignTeamWalk {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String ADMIN = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One write operation as the document lists it, e.g. {@code PUT /api/v1/items/{id}}, with its roles. */
    public record Operation(String method, String path, List<String> roles) {
        public String key() {
            return method + " " + path;
        }
    }

    /** A concrete request to an owned resource: a path with its ids filled in, a JSON body or null. */
    public record Call(String path, String body) {
        /** The body is a JSON string as it is, or any other object written as JSON (e.g. a Map). */
        public static Call of(String path, Object body) {
            try {
                return new Call(path, body instanceof String json ? json : JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + body + " as JSON", e);
            }
        }

        public static Call of(String path) {
            return new Call(path, null);
        }
    }

    private final URI base;
    private final String ownerTeam;
    private final String foreignTeam;
    private final Map<String, Supplier<List<Call>>> owned = new LinkedHashMap<>();
    private final Map<String, String> notTeamOwned = new LinkedHashMap<>();
    private final HttpClient http = TestHttp.client();

    /** A walk of the service at {@code base} whose resources belong to {@code ownerTeam}, called as {@code foreignTeam}. */
    public ForeignTeamWalk(URI base, String ownerTeam, String foreignTeam) {
        this.base = base;
        this.ownerTeam = ownerTeam;
        this.foreignTeam = foreignTeam;
    }

    /** {@code operation} (e.g. "POST /api/v1/roadmaps/{id}/items") writes to something the owner team owns. */
    public ForeignTeamWalk owned(String operation, Supplier<List<Call>> calls) {
        owned.put(operation, calls);
        return this;
    }

    /** {@code operation} writes to nothing a team owns; the reason is the visible decision. */
    public ForeignTeamWalk notTeamOwned(String operation, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why " + operation + " is not team-owned");
        }
        notTeamOwned.put(operation, reason);
        return this;
    }

    /** The write operations of the service's OpenAPI document, fetched now. */
    public List<Operation> operations() {
        JsonNode paths = send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET()).json().path("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (WRITES.contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), roles(method.getValue())));
            }
        }));
        return operations;
    }

    /** Runs the walk; throws an AssertionError listing every operation that was not refused or has no decision. */
    public List<Operation> run() {
        List<Operation> operations = operations();
        List<String> failures = new ArrayList<>();
        Set<String> documented = new LinkedHashSet<>();
        for (Operation operation : operations) {
            documented.add(operation.key());
            if (notTeamOwned.containsKey(operation.key())) {
                continue;
            }
            Supplier<List<Call>> calls = owned.get(operation.key());
            if (calls == null) {
                failures.add(operation.key() + ": no decision; add the calls that reach an owned resource, or list it "
                        + "as not team-owned with the reason");
                continue;
            }
            List<String> roles = operation.roles().stream().filter(r -> !ADMIN.equals(r)).toList();
            if (roles.isEmpty()) {
                failures.add(operation.key() + ": documents no role but admin, so a foreign team's token cannot hold it");
                continue;
            }
            String token = JwtTestResource.token(foreignTeam, roles.toArray(String[]::new));
            List<Call> requests = calls.get();
            if (requests.isEmpty()) {
                failures.add(operation.key() + ": no call given");
            }
            for (Call call : requests) {
                refusal(operation, call, token, roles).ifPresent(failures::add);
            }
        }
        for (String decided : union(owned.keySet(), notTeamOwned.keySet())) {
            if (!documented.contains(decided)) {
                failures.add(decided + ": decided in the test but not in the OpenAPI document");
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Foreign-team writes not refused:\n  " + String.join("\n  ", failures));
        }
        return operations;
    }

    private Optional<String> refusal(Operation operation, Call call, String token, List<String> roles) {
        HttpRequest.BodyPublisher body = call.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path()))
                .header("Authorization", "Bearer " + token)
                .method(operation.method(), body);
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        Answer answer = send(request);
        String what = operation.method() + " " + call.path() + " as team '" + foreignTeam + "' with " + roles;
        if (answer.status() != 403) {
            return Optional.of(what + ": expected 403, got " + answer.status() + " " + answer.body());
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return Optional.of(what + ": 403 without a problem+json body (" + answer.contentType() + ")");
        }
        if (!answer.body().contains("'" + ownerTeam + "'")) {
            return Optional.of(what + ": refused, but not for the owner team '" + ownerTeam + "': " + answer.body());
        }
        return Optional.empty();
    }

    /** Roles from the operation's security requirement (SmallRye lists @RolesAllowed there). */
    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A response: status, content type and body. */
    private record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
