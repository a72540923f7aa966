package dev.marketingops.feedback.themes.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Themes in PostgreSQL: {@code theme} (sum of the members' vectors, member count) and {@code feedback_theme} (each
 * text's theme and vector). Triggers keep the sums: a member added or deleted (erasure cascades) adds or subtracts
 * its vector, and a theme left without members is deleted.
 */
@ApplicationScoped
public class ThemeStore {

    private final EntityManager em;

    public ThemeStore(EntityManager em) {
        this.em = em;
    }

    public List<StoredTheme> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, cast(vector_sum as text) from theme").getResultList();
        return rows.stream().map(r -> new StoredTheme((UUID) r[0], parse((String) r[1]))).toList();
    }

    /** Locks the theme's row for this transaction; false when it is gone (its last member was erased). */
    public boolean lock(UUID themeId) {
        return !em.createNativeQuery("select id from theme where id = ?1 for update").setParameter(1, themeId)
                .getResultList().isEmpty();
    }

    public void create(UUID themeId, int dimension, Instant now) {
        em.createNativeQuery("insert into theme (id, vector_sum, members, created_at) values (?1, array_fill(0::real, array[?2]), 0, ?3)")
                .setParameter(1, themeId).setParameter(2, dimension).setParameter(3, now).executeUpdate();
    }

    public void join(UUID feedbackId, UUID themeId, double similarity, float[] vector) {
        em.createNativeQuery("insert into feedback_theme (feedback_id, theme_id, similarity, vector) values (?1, ?2, ?3, cast(?4 as real[]))")
                .setParameter(1, feedbackId).setParameter(2, themeId).setParameter(3, (float) similarity)
                .setParameter(4, literal(vector)).executeUpdate();
    }

    static String literal(float[] vector) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < vector.length; i++) {
            out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.7g", vector[i]));
        }
        return out.append('}').toString();
    }

    static float[] parse(String literal) {
        String[] cells = literal.substring(1, literal.length() - 1).split(",");
        float[] vector = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            vector[i] = Float.parseFloat(cells[i]);
        }
        return vector;
    }

    /** A theme's id and the sum of its members' vectors. */
    public record StoredTheme(UUID id, float[] vectorSum) {
    }
}
