package dev.marketingops.infra.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Calls a running service and checks every answer, success or error, against the OpenAPI document it serves. */
public final class CheckedApi {

    private final URI base;
    private final ResponseCheck check;
    private final HttpClient http = TestHttp.client();
    private final List<String> violations = new ArrayList<>();
    private int calls;

    public CheckedApi(URI base) {
        this.base = base;
        this.check = new ResponseCheck(OpenApiDocument.fetch(base));
    }

    /**
     * @param token   bearer token, or null for none
     * @param json    request body (sent as application/json), or null for none
     * @param headers extra headers as name, value pairs
     */
    public Answer call(String method, String path, String token, String json, String... headers) {
        return send(method, path, token, json, json == null ? null : "application/json", headers);
    }

    /** Sends {@code body} with no Content-Type header at all, as a careless client might. */
    public Answer callWithoutContentType(String method, String path, String token, String body) {
        return send(method, path, token, body, null);
    }

    private Answer send(String method, String path, String token, String body, String bodyType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (bodyType != null) {
            request.header("Content-Type", bodyType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            calls++;
            violations.addAll(check.check(method, path, response.statusCode(), contentType, response.body()));
            return new Answer(response.statusCode(), contentType, response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many answers were checked. */
    public int calls() {
        return calls;
    }

    /** Every way an answer differed from the document. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** One answer: status, content type, body and ETag. */
    public record Answer(int status, String contentType, String body, String etag) {

        /** The text at a JSON pointer of the body, e.g. {@code /id}. */
        public String json(String pointer) {
            return OpenApiDocument.JSON.readTree(body).at(pointer).asString();
        }
    }
}
