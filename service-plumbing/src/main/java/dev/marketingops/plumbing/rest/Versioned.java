package dev.marketingops.plumbing.rest;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry the resource's version as ETag, so clients can send it back in If-Match. */
public final class Versioned {

    // Typed (RestResponse<T>, not Response): RESTEasy Reactive then picks the JSON writer at build time instead of
    // looking it up for every response.

    private Versioned() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version)).build();
    }

    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(ETags.of(version)).build();
    }
}
