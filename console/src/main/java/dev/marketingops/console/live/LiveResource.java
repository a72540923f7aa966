package dev.marketingops.console.live;

import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.UUID;

/**
 * Server-sent events for an open page: one named event (roadmap, campaign, kpi, feedback) per kind of change about
 * the page's subject, at most one of each per 150 ms, so a burst of KPI snapshots makes one refresh, not fifty.
 */
@Path("/live")
public class LiveResource {

    static final Duration COALESCE = Duration.ofMillis(150);

    private final LiveFeed feed;

    public LiveResource(LiveFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("subject") UUID subject, @Context SseEventSink sink, @Context Sse sse) {
        Cancellable[] subscription = new Cancellable[1];
        subscription[0] = feed.events()
                .filter(e -> e.mentions(subject))
                .group().intoLists().every(COALESCE)
                .filter(batch -> !batch.isEmpty())
                .subscribe().with(batch -> {
                    LinkedHashSet<String> names = new LinkedHashSet<>();
                    batch.forEach(e -> names.add(e.name()));
                    for (String name : names) {
                        if (sink.isClosed()) {
                            subscription[0].cancel();
                            return;
                        }
                        sink.send(sse.newEventBuilder().name(name).data(String.valueOf(batch.size())).build())
                                .exceptionally(failure -> {
                                    subscription[0].cancel();
                                    return null;
                                });
                    }
                });
        sink.send(sse.newEventBuilder().comment("connected").build());
    }
}
