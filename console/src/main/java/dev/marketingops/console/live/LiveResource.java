package dev.marketingops.console.live;

import dev.marketingops.console.session.Session;
import dev.marketingops.console.session.TokenCheck;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Server-sent events for an open page: one named event (roadmap, campaign, kpi, feedback) per kind of change about
 * the page's subject, at most one of each per 150 ms, so a burst of KPI snapshots makes one refresh, not fifty; and
 * for the heavy sections (people funnel, attribution, semantic themes) {@code kpi-throttled} and
 * {@code feedback-throttled}, at most one of each per {@link #THROTTLE} ({@link SectionThrottle}).
 * The stream is a {@link Multi} that RESTEasy Reactive cancels when the connection closes, so a closed page stops
 * following the feed at once, not at the next event about its subject that fails to send. The stream calls no service,
 * so it opens only for a token a service accepts ({@link TokenCheck}): any cookie would do otherwise.
 */
@Path("/live")
public class LiveResource {

    static final Duration COALESCE = Duration.ofMillis(150);
    /** How often an open page may re-read its heavy sections at most (attribution is metrics' heaviest read). */
    static final Duration THROTTLE = Duration.ofSeconds(5);
    /** Coalesced batches waiting for a slow connection; more than this means the page is gone or hopelessly behind. */
    static final int BACKLOG = 64;

    private final LiveFeed feed;
    private final Session session;
    private final TokenCheck tokens;

    public LiveResource(LiveFeed feed, Session session, TokenCheck tokens) {
        this.feed = feed;
        this.session = session;
        this.tokens = tokens;
    }

    @GET
    @Blocking // the token check is a call to roadmap-service, once per opened page
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@QueryParam("subject") UUID subject, @Context Sse sse) {
        switch (tokens.check(session.token())) {
            case REFUSED -> throw new WebApplicationException(401);
            case UNCHECKED -> throw new WebApplicationException(503);
            default -> { }
        }
        SectionThrottle throttle = new SectionThrottle(THROTTLE, System::nanoTime);
        // Empty batches too (true): the 150 ms tick is what releases a throttled change that had to wait.
        Multi<OutboundSseEvent> changes = feed.about(subject)
                .group().intoLists().every(COALESCE, true)
                .map(batch -> new Batch(batch.size(), throttle.names(batch)))
                .filter(batch -> !batch.names().isEmpty())
                .onOverflow().buffer(BACKLOG)
                .onItem().transformToIterable(batch -> events(sse, batch));
        // The comment goes out at once, so the browser sees the stream open before the first change.
        return Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(sse.newEventBuilder().comment("connected").build()), changes);
    }

    private static List<OutboundSseEvent> events(Sse sse, Batch batch) {
        return batch.names().stream()
                .map(name -> sse.newEventBuilder().name(name).data(String.valueOf(batch.size())).build()).toList();
    }

    /** The names to send for one coalesced batch, and how many records it held. */
    private record Batch(int size, List<String> names) {
    }
}
