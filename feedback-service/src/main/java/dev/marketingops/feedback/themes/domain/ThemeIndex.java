package dev.marketingops.feedback.themes.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The themes' centroids in memory, so finding a text's nearest theme costs one dot product per theme and no database
 * read. PostgreSQL ({@code theme.vector_sum}) is the truth: the index is loaded from it, follows this replica's
 * committed joins, and is reloaded every {@code refresh-interval}.
 */
@ApplicationScoped
public class ThemeIndex {

    private volatile Map<UUID, Centroid> centroids;

    public boolean loaded() {
        return centroids != null;
    }

    public void replace(Collection<ThemeStore.StoredTheme> themes) {
        Map<UUID, Centroid> fresh = new ConcurrentHashMap<>();
        themes.forEach(t -> fresh.put(t.id(), Centroid.of(t.vectorSum())));
        centroids = fresh;
    }

    /** The theme whose centroid is most similar (cosine) to the unit vector, if there is any theme. */
    public Optional<Match> nearest(float[] unit) {
        Map<UUID, Centroid> current = centroids;
        if (current == null) {
            return Optional.empty();
        }
        Match best = null;
        for (Map.Entry<UUID, Centroid> e : current.entrySet()) {
            double similarity = e.getValue().cosine(unit);
            if (best == null || similarity > best.similarity()) {
                best = new Match(e.getKey(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Drops a theme that no longer exists in PostgreSQL. */
    public void forget(UUID themeId) {
        Map<UUID, Centroid> current = centroids;
        if (current != null) {
            current.remove(themeId);
        }
    }

    public int size() {
        Map<UUID, Centroid> current = centroids;
        return current == null ? 0 : current.size();
    }

    /** Applies a join once its transaction committed (a rolled-back join never reaches the index). */
    void joined(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThemeJoined joined) {
        Map<UUID, Centroid> current = centroids;
        if (current != null) {
            current.merge(joined.themeId(), Centroid.of(joined.vector()), Centroid::plus);
        }
    }

    /** A theme id and how similar a text is to its centroid. */
    public record Match(UUID themeId, double similarity) {
    }

    /** A text joined a theme (published inside the transaction that stored it). */
    public record ThemeJoined(UUID themeId, float[] vector) {
    }

    /** The sum of the members' unit vectors and its length; the centroid's direction is all cosine needs. */
    record Centroid(float[] sum, double norm) {

        static Centroid of(float[] sum) {
            double squares = 0;
            for (float v : sum) {
                squares += v * v;
            }
            return new Centroid(sum.clone(), Math.sqrt(squares));
        }

        Centroid plus(Centroid other) {
            float[] added = sum.clone();
            for (int i = 0; i < added.length; i++) {
                added[i] += other.sum[i];
            }
            return of(added);
        }

        double cosine(float[] unit) {
            if (norm == 0) {
                return -1;
            }
            double dot = 0;
            for (int i = 0; i < unit.length; i++) {
                dot += sum[i] * unit[i];
            }
            return dot / norm;
        }
    }
}
