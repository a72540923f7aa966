package dev.marketingops.plumbing.testapp;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Echoes the query parameters as read: single-valued ones, a list, and paging from a {@code @BeanParam}. */
@Path("/api/v1/trial-queries")
public class TrialQueryResource {

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ADMIN})
    public Map<String, Object> echo(@QueryParam("campaignId") UUID campaignId, @QueryParam("tag") List<String> tags,
                                    @BeanParam PageRequest page) {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("campaignId", campaignId == null ? "" : campaignId.toString());
        read.put("tags", tags);
        read.put("page", page.page());
        return read;
    }
}
