package dev.marketingops.plumbing.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Responses that carry the resource's version as ETag, so clients can send it back in If-Match. */
public final class Versioned {

    private Versioned() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(ETags.of(version)).build();
    }
}
