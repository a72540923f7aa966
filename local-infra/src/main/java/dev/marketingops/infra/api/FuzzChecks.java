package dev.marketingops.infra.api;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The rules every answer to hostile input must keep: no 5xx, and each 4xx an RFC 9457 problem+json body. */
final class FuzzChecks {

    private FuzzChecks() {
    }

    /** What is wrong with an answer, or null when it keeps the rules. */
    static String problemWith(OpenApiDocument document, int status, String contentType, String body) {
        if (status >= 500) {
            return "server error " + status + " " + abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "4xx without problem+json (Content-Type " + contentType + ") " + abbreviate(body);
        }
        JsonNode problem;
        try {
            problem = OpenApiDocument.JSON.readTree(body);
        } catch (RuntimeException e) {
            return "problem body is not JSON: " + abbreviate(body);
        }
        if (problem.path("status").asInt() != status) {
            return "problem status " + problem.path("status") + " differs from the HTTP status";
        }
        List<String> violations = document.validate("/components/schemas/Problem", body);
        return violations.isEmpty() ? null : "problem body does not match the Problem schema: " + violations;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
