package dev.marketingops.feedback.themes.rest;

import dev.marketingops.feedback.subject.rest.SubjectParams;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.feedback.themes.app.ThemeQueries;
import dev.marketingops.feedback.themes.domain.SemanticThemeRanking;
import dev.marketingops.feedback.themes.domain.ThemeRanking;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Themes customers raise about a subject: keywords and phrases, or semantic themes (texts that mean the same). */
@Path("/api/v1/themes")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    static final int MAX_LIMIT = 200;
    static final String FROM = "Start, inclusive: 2025-03-01 or 2025-03-01T00:00:00Z; default 90 days before 'to'; at most "
            + TimeRange.MAX_YEARS + " years before 'to' (else 400 naming from). The trend compares with the range of the "
            + "same length before it";
    static final String TO = "End, exclusive for an instant, inclusive for a date; default now";

    private final ThemeQueries queries;
    private final Clock clock;

    public ThemesResource(ThemeQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Top keywords and phrases about one subject in a range, with their trend against the range before")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "400", description = "Not exactly one subject, a bad date, a range longer than "
            + TimeRange.MAX_YEARS + " years (errors[].field is from), rank or limit")
    public ThemeRanking.Themes themes(@BeanParam SubjectParams subject,
                                      @Parameter(description = FROM) @QueryParam("from") String from,
                                      @Parameter(description = TO) @QueryParam("to") String to,
                                      @Parameter(description = "frequency (default) or trend") @QueryParam("rank") String rank,
                                      @QueryParam("limit") @DefaultValue("20") int limit) {
        return queries.keywords(subject.subject(), TimeRange.parse(from, to, clock), order(rank), checked(limit));
    }

    @GET
    @Path("semantic")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Semantic themes about one subject in a range",
            description = "Texts that say the same in other words form one theme. Each theme: a label (the shortest of its "
                    + "quotes), shared keywords, texts in the range and in the range before, trend, average sentiment with its "
                    + "label, negative texts, and the redacted texts nearest its centroid as quotes.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "400", description = "Not exactly one subject, a bad date, a range longer than "
            + TimeRange.MAX_YEARS + " years (errors[].field is from), rank or limit")
    public SemanticThemeRanking.Ranking semantic(@BeanParam SubjectParams subject,
                                                 @Parameter(description = FROM) @QueryParam("from") String from,
                                                 @Parameter(description = TO) @QueryParam("to") String to,
                                                 @Parameter(description = "frequency (default) or trend") @QueryParam("rank") String rank,
                                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        return queries.semantic(subject.subject(), TimeRange.parse(from, to, clock), order(rank), checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static ThemeRanking.Order order(String rank) {
        if (rank == null || rank.isBlank() || rank.equalsIgnoreCase("frequency")) {
            return ThemeRanking.Order.FREQUENCY;
        }
        if (rank.equalsIgnoreCase("trend")) {
            return ThemeRanking.Order.TREND;
        }
        throw ProblemException.badRequest("rank", "must be frequency or trend, not '" + rank + "'");
    }
}
