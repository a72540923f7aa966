package dev.marketingops.feedback.collect.domain;

import dev.marketingops.plumbing.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads stored feedback for the inbox: newest first, filtered, paged, each with its themes (the analysed labels). */
@ApplicationScoped
public class FeedbackInbox {

    private final EntityManager em;

    public FeedbackInbox(EntityManager em) {
        this.em = em;
    }

    public Page<Entry> list(InboxFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "f.product_id = :productId", "productId", filter.productId());
        add(where, params, "f.launch_id = :launchId", "launchId", filter.launchId());
        add(where, params, "f.campaign_id = :campaignId", "campaignId", filter.campaignId());
        add(where, params, "f.roadmap_item_id = :roadmapItemId", "roadmapItemId", filter.roadmapItemId());
        add(where, params, "f.type = :type", "type", filter.type() == null ? null : filter.type().name());
        add(where, params, "f.submitted_at >= :from", "from", filter.from());
        add(where, params, "f.submitted_at < :to", "to", filter.to());
        if (filter.sentiment() != null) {
            where.add(filter.sentiment().condition());
        }
        if (filter.theme() != null) {
            // Themes are matched on the label people see, case-insensitively, through the analyzer's term table.
            where.add("exists (select 1 from feedback_term t where t.feedback_id = f.id and lower(t.label) = :theme)");
            params.put("theme", filter.theme().toLowerCase(Locale.ROOT));
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query count = em.createNativeQuery("select count(*) from feedback f" + condition, Long.class);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("select f.* from feedback f" + condition
                + " order by f.submitted_at desc, f.id", Feedback.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Feedback> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, List<String>> themes = themes(rows.stream().map(f -> f.id).toList());
        return new Page<>(rows.stream().map(f -> new Entry(f, themes.getOrDefault(f.id, List.of()))).toList(),
                page, size, total);
    }

    /** One piece of feedback with its themes; empty when there is none (or it was erased). */
    public Optional<Entry> find(UUID id) {
        Feedback feedback = Feedback.findById(id);
        return feedback == null ? Optional.empty() : Optional.of(new Entry(feedback, themes(List.of(id)).getOrDefault(id, List.of())));
    }

    private Map<UUID, List<String>> themes(List<UUID> ids) {
        Map<UUID, List<String>> themes = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return themes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select feedback_id, label from feedback_term where feedback_id in (:ids)"
                + " order by label").setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            themes.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return themes;
    }

    /** Stored feedback and the labels of its themes, alphabetically. */
    public record Entry(Feedback feedback, List<String> themes) {
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }
}
