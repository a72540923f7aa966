package dev.marketingops.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's error answer (problem+json when it has one) into a {@link ServiceProblem}, a 401 into {@link SessionEnded}. */
public class ProblemReader implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        if (response.getStatus() == 401) {
            return new SessionEnded();
        }
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        try {
            JsonNode problem = JSON.readTree(body);
            List<FieldError> fields = new ArrayList<>();
            problem.path("errors").forEach(e -> fields.add(new FieldError(e.path("field").asText(), e.path("message").asText())));
            return new ServiceProblem(response.getStatus(), problem.path("title").asText(reason(response)),
                    problem.path("detail").asText(""), fields);
        } catch (java.io.IOException | RuntimeException e) {
            return new ServiceProblem(response.getStatus(), reason(response), "", List.of());
        }
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static String reason(Response response) {
        return response.getStatusInfo().getReasonPhrase();
    }
}
