package dev.marketingops.feedback.collect.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.collect.app.FeedbackImport;
import dev.marketingops.feedback.collect.app.ImportReport;
import dev.marketingops.plumbing.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of survey tools' CSV exports. */
@Path("/api/v1/feedback/import")
@Tag(name = "Feedback")
public class FeedbackImportResource {

    private final CsvSubmissions submissions;
    private final FeedbackImport feedbackImport;

    private final Caller caller;

    public FeedbackImportResource(CsvSubmissions submissions, FeedbackImport feedbackImport, Caller caller) {
        this.caller = caller;
        this.submissions = submissions;
        this.feedbackImport = feedbackImport;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOOL_INGEST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Import feedback from CSV; the answer reports every row as ACCEPTED, DUPLICATE, REJECTED, FAILED "
            + "or UNKNOWN (with why)",
            description = "Header line with any of: type, score, rating, text, productId, launchId, campaignId, roadmapItemId, "
                    + "channel, locale, submittedAt, customerRef, idempotencyKey (type, channel, locale, customerRef required). "
                    + "Rows are stored one by one, not all or nothing: a REJECTED row is wrong (errors name its columns), a "
                    + "FAILED row could not be stored now (errors[].field is row; a database failure, tried twice when it "
                    + "certainly stored nothing, such as a deadlock; once the database is unavailable, the later rows are "
                    + "FAILED without being tried). Nothing of a REJECTED or FAILED row is stored: import those lines again. "
                    + "An UNKNOWN row lost its database connection while being stored (errors[].field is row): it may or "
                    + "may not be stored and is not tried again; import it again if it has an idempotencyKey value, else "
                    + "check first. With idempotencyKey values, importing the whole file again stores only what is missing.")
    @APIResponse(responseCode = "200", description = "Per-row report; rows are stored independently, each ACCEPTED, "
            + "DUPLICATE, REJECTED, FAILED or UNKNOWN")
    @APIResponse(responseCode = "400", description = "Nothing imported: an empty file, an unknown, missing or repeated "
            + "column (errors[].field is header), a body that is not valid text in its charset (UTF-8 unless Content-Type "
            + "names another) or not valid CSV, such as a quoted value never closed (errors[].field is body, the detail "
            + "names the line)")
    public ImportReport importCsv(@RequestBody(content = @Content(mediaType = "text/csv",
                                          schema = @Schema(type = SchemaType.STRING))) byte[] csv,
                                  @Context HttpHeaders headers) {
        // Bytes, not a String parameter: the String reader would store invalid UTF-8 as U+FFFD (CsvText decodes strictly).
        return feedbackImport.importRows(caller.name(), submissions.parse(CsvText.decode(csv, headers.getMediaType())));
    }
}
