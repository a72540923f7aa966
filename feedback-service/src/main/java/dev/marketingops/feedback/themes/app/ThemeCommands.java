package dev.marketingops.feedback.themes.app;

import dev.marketingops.feedback.themes.domain.ThemeConfig;
import dev.marketingops.feedback.themes.domain.ThemeIndex;
import dev.marketingops.feedback.themes.domain.ThemeStore;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts each new text into a theme, incrementally: it joins the theme whose centroid is nearest when the similarity
 * reaches {@code join-at}, or starts a theme of its own. Nothing already grouped is reprocessed.
 */
@ApplicationScoped
public class ThemeCommands {

    private final ThemeIndex index;
    private final ThemeStore store;
    private final ThemeConfig config;
    private final Event<ThemeIndex.ThemeJoined> joined;
    private final Clock clock;

    public ThemeCommands(ThemeIndex index, ThemeStore store, ThemeConfig config, Event<ThemeIndex.ThemeJoined> joined, Clock clock) {
        this.index = index;
        this.store = store;
        this.config = config;
        this.joined = joined;
        this.clock = clock;
    }

    /** Groups the stored feedback by its unit sentence vector, in the caller's transaction; answers the theme's id. */
    @Transactional
    public UUID join(UUID feedbackId, float[] vector) {
        if (!index.loaded()) {
            index.replace(store.all());
        }
        Optional<ThemeIndex.Match> nearest = index.nearest(vector).filter(m -> m.similarity() >= config.joinAt());
        UUID themeId;
        double similarity;
        if (nearest.isPresent() && !store.lock(nearest.get().themeId())) {
            index.forget(nearest.get().themeId()); // erasure emptied it since the last reload
            nearest = Optional.empty();
        }
        if (nearest.isPresent()) {
            themeId = nearest.get().themeId();
            similarity = nearest.get().similarity();
        } else {
            themeId = UUID.randomUUID();
            similarity = 1;
            store.create(themeId, vector.length, clock.instant());
        }
        store.join(feedbackId, themeId, similarity, vector);
        joined.fire(new ThemeIndex.ThemeJoined(themeId, vector));
        return themeId;
    }

    /** Picks up themes other replicas started and drops the ones erasure emptied. */
    @Scheduled(every = "${marketingops.feedback.themes.refresh-interval:PT1M}", delayed = "${marketingops.feedback.themes.refresh-interval:PT1M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        index.replace(store.all());
    }
}
