package dev.marketingops.console.web;

import dev.marketingops.console.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Sends the signed-in person's own token with every service call, so each service applies its role and team rules. */
@ApplicationScoped
public class BearerForwarding implements ClientHeadersFactory {

    @Inject
    Session session;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (session.signedIn()) {
            headers.putSingle("Authorization", "Bearer " + session.token());
        }
        return headers;
    }
}
