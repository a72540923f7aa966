package dev.marketingops.plumbing.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Every 4xx/5xx answer in every service's OpenAPI document is problem+json with the Problem schema, as ProblemMappers does. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApi implements OASFilter {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        components.addSchema(SCHEMA, problemSchema());
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                document(operation, path.getKey().contains("{"));
            }
        }
    }

    private static void document(Operation operation, boolean hasPathIds) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Malformed request: a bad parameter, body or field; errors[].field names it");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The token's role or team may not do this");
        if (hasPathIds) {
            add(responses, "404", "No such resource");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the limit");
            add(responses, "415", "The body is not in a media type this operation reads, or has no Content-Type");
        }
        add(responses, "406", "The Accept header names no media type this operation answers in");
        if (hasIfMatch(operation)) {
            add(responses, "412", "If-Match names a stale version; read the resource again for its current ETag");
        }
        add(responses, "500", "Unexpected failure; detail carries an incident id");
        add(responses, "503", "A backing service is briefly unavailable; retry after the Retry-After seconds");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5") || "default".equals(entry.getKey())) {
                entry.getValue().setContent(problemContent());
            }
        }
    }

    private static boolean hasIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text.description("JSON path of the field or name of the parameter, e.g. budget.amount"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("The invalid fields"))
                .addProperty("allowed", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .description("Legal next steps after an illegal transition (409)"))
                .addProperty("traceId", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("type", "title", "status"));
    }
}
