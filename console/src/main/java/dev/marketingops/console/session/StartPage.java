package dev.marketingops.console.session;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where a role that can read none of the console's pages (privacy officer, tool ingest) lands after sign-in. */
@Path("/start")
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    private final Template start;

    public StartPage(Template start) {
        this.start = start;
    }

    @GET
    public TemplateInstance page() {
        return start.data("title", "Welcome").data("problem", null);
    }
}
