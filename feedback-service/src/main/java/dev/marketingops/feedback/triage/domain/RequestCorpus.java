package dev.marketingops.feedback.triage.domain;

import dev.marketingops.feedback.themes.domain.Term;
import dev.marketingops.feedback.themes.domain.ThemeExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The analysed terms of feature requests (stored per feedback at intake) and of the roadmap items feedback knows:
 * an item is described by the requests linked to it and by the names of its launches seen on roadmap.launches.
 */
@ApplicationScoped
public class RequestCorpus {

    /** Newest requests compared with; bounds the work per suggestion. */
    static final int MAX_DOCUMENTS = 2000;

    private final EntityManager em;
    private final ThemeExtractor themes;

    public RequestCorpus(EntityManager em, ThemeExtractor themes) {
        this.em = em;
        this.themes = themes;
    }

    public Set<String> termsOf(UUID feedbackId) {
        @SuppressWarnings("unchecked")
        List<String> terms = em.createNativeQuery("select term from feedback_term where feedback_id = ?1")
                .setParameter(1, feedbackId).getResultList();
        return new HashSet<>(terms);
    }

    /** Other open requests (not merged), newest first, with their terms. */
    public Map<UUID, Set<String>> otherRequests(UUID feedbackId) {
        return grouped(rows("""
                select t.feedback_id, t.term from feedback_term t join (
                    select id from feedback where type = 'FEATURE_REQUEST' and merged_into is null and id <> ?1
                    order by submitted_at desc limit ?2) f on f.id = t.feedback_id""", feedbackId));
    }

    /** Items known from linked requests and tracked launches, each with the union of their terms. */
    public Map<UUID, Set<String>> items(UUID feedbackId) {
        Map<UUID, Set<String>> items = grouped(rows("""
                select f.roadmap_item_id, t.term from feedback_term t join (
                    select id, roadmap_item_id from feedback where type = 'FEATURE_REQUEST' and merged_into is null
                    and roadmap_item_id is not null and id <> ?1 order by submitted_at desc limit ?2) f on f.id = t.feedback_id""",
                feedbackId));
        launchNames().forEach((item, name) -> themes.extract(name, Locale.ENGLISH)
                .forEach(term -> items.computeIfAbsent(item, k -> new HashSet<>()).add(term.key())));
        return items;
    }

    /** A readable title per item: the name of its latest launch, when roadmap announced one. */
    public Map<UUID, String> launchNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (item_id) item_id, name from tracked_launch
                where item_id is not null and name is not null order by item_id, launch_date desc nulls last""")
                .getResultList();
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID feedbackId) {
        return em.createNativeQuery(sql).setParameter(1, feedbackId).setParameter(2, MAX_DOCUMENTS).getResultList();
    }

    private static Map<UUID, Set<String>> grouped(List<Object[]> rows) {
        Map<UUID, Set<String>> grouped = new HashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent((UUID) r[0], k -> new HashSet<>()).add((String) r[1]));
        return grouped;
    }

    /** Terms of a text as stored for feedback, for callers holding text rather than an id. */
    public Set<String> analyse(String text, Locale locale) {
        Set<String> keys = new HashSet<>();
        themes.extract(text, locale).stream().map(Term::key).forEach(keys::add);
        return keys;
    }
}
