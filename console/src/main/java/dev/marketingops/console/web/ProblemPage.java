package dev.marketingops.console.web;

import io.quarkus.qute.Template;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A call that failed where the page cannot go on shows the service's problem message with its status. */
public class ProblemPage {

    private final Template problem;

    public ProblemPage(Template problem) {
        this.problem = problem;
    }

    @ServerExceptionMapper
    public Response show(ServiceProblem failure) {
        int status = failure.status() == 401 ? 401 : failure.status() >= 500 ? 502 : failure.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(problem.data("problem", failure).data("title", "Could not do that")).build();
    }
}
