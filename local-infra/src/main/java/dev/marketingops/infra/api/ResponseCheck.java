package dev.marketingops.infra.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Checks one real answer against the OpenAPI document: the status is documented, and so are its media type and body. */
public final class ResponseCheck {

    private final OpenApiDocument document;

    public ResponseCheck(OpenApiDocument document) {
        this.document = document;
    }

    /**
     * @param path        the path the request went to (query ignored)
     * @param contentType the answer's Content-Type header, or null
     * @return what does not match the document; empty when the answer is as documented
     */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        var operation = document.find(method, path).orElse(null);
        String what = method + " " + path + " → " + status;
        if (operation == null) {
            return List.of(what + ": the operation is not in the OpenAPI document");
        }
        JsonNode responses = operation.node().path("responses");
        String key = responses.has(Integer.toString(status)) ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX" : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(what + ": status not documented for " + operation + " (documented: " + responses.propertyNames() + ")");
        }
        JsonNode response = document.resolve(responses.get(key));
        JsonNode content = response == null ? null : response.get("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (content == null || content.isEmpty()) {
            if (hasBody) {
                problems.add(what + ": a body was sent but no content is documented");
            }
            return problems;
        }
        if (!hasBody) {
            if (status != 204 && status != 201) {
                problems.add(what + ": no body, but content is documented");
            }
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String documented = null;
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
            if (entry.getKey().equalsIgnoreCase(mediaType) || "*/*".equals(entry.getKey())) {
                documented = entry.getKey();
            }
        }
        if (documented == null) {
            problems.add(what + ": media type " + mediaType + " not documented (documented: " + content.propertyNames() + ")");
            return problems;
        }
        if (mediaType.endsWith("json") && content.get(documented).has("schema")) {
            String pointer = operation.pointer() + "/responses/" + OpenApiDocument.escape(key)
                    + "/content/" + OpenApiDocument.escape(documented) + "/schema";
            if (responses.get(key).has("$ref")) {
                pointer = responses.get(key).get("$ref").asString().substring(1) + "/content/"
                        + OpenApiDocument.escape(documented) + "/schema";
            }
            for (String message : document.validate(pointer, body)) {
                problems.add(what + ": body does not match the schema: " + message);
            }
        }
        return problems;
    }
}
