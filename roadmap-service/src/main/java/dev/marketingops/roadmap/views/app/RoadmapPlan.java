package dev.marketingops.roadmap.views.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.launches.domain.Launch;
import dev.marketingops.roadmap.launches.domain.LaunchStatus;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import dev.marketingops.roadmap.views.domain.Conflict;
import dev.marketingops.roadmap.views.domain.PlannedLaunch;
import dev.marketingops.roadmap.views.domain.PlannedRoadmap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads what the timeline and conflict views read: a roadmap's items and launches joined with their items. Each read
 * is one statement (items with their launches; conflict candidates with their items), since under load every
 * statement's round trip to PostgreSQL waits for a core.
 */
@ApplicationScoped
public class RoadmapPlan {

    /** PostgreSQL orders uuids by their bytes, unsigned: the order "order by launchDate, id" gave before the join. */
    private static final Comparator<UUID> AS_POSTGRES_ORDERS_UUIDS = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final EntityManager em;

    public RoadmapPlan(EntityManager em) {
        this.em = em;
    }

    /** What the timeline lays out; 404 for an unknown roadmap. */
    public PlannedRoadmap of(UUID roadmapId) {
        Existing.orNotFound(Roadmap.findById(roadmapId), "Roadmap", roadmapId);
        return planned(roadmapId);
    }

    /** The roadmap's conflicts, as {@link #conflicts} finds them; 404 for an unknown roadmap. */
    public List<Conflict> conflictsOf(UUID roadmapId, int windowDays) {
        Existing.orNotFound(Roadmap.findById(roadmapId), "Roadmap", roadmapId);
        return conflicts(planned(roadmapId).launches(), windowDays);
    }

    /**
     * The roadmap's items by start date and all their launches by launch date, cancelled ones included (the timeline
     * shows them with their status), read in one statement.
     */
    public PlannedRoadmap planned(UUID roadmapId) {
        List<Object[]> rows = em.createQuery("""
                        select i, l from RoadmapItem i left join Launch l on l.itemId = i.id
                        where i.roadmapId = :roadmap order by i.startDate, i.id""", Object[].class)
                .setParameter("roadmap", roadmapId).getResultList();
        Map<UUID, RoadmapItem> items = new LinkedHashMap<>();
        List<Launch> launches = new ArrayList<>();
        for (Object[] row : rows) {
            RoadmapItem item = (RoadmapItem) row[0];
            items.putIfAbsent(item.id, item);
            if (row[1] != null) {
                launches.add((Launch) row[1]);
            }
        }
        launches.sort(Comparator.comparing((Launch l) -> l.launchDate).thenComparing(l -> l.id, AS_POSTGRES_ORDERS_UUIDS));
        List<RoadmapItem> ordered = List.copyOf(items.values());
        return new PlannedRoadmap(ordered, join(launches, ordered));
    }

    /** Launches in any roadmap, not cancelled, dated between {@code from} and {@code to} inclusive, with their items. */
    public List<PlannedLaunch> openLaunchesBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                        select l, i from Launch l join RoadmapItem i on i.id = l.itemId
                        where l.launchDate between :from and :to and l.status <> :cancelled""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("cancelled", LaunchStatus.CANCELLED)
                .getResultList();
        List<Launch> launches = new ArrayList<>(rows.size());
        Map<UUID, RoadmapItem> items = new LinkedHashMap<>();
        for (Object[] row : rows) {
            launches.add((Launch) row[0]);
            RoadmapItem item = (RoadmapItem) row[1];
            items.putIfAbsent(item.id, item);
        }
        return join(launches, List.copyOf(items.values()));
    }

    /**
     * Conflicts of a roadmap's open launches (from {@code launches}, all of the roadmap's) with open launches on any
     * roadmap at most {@code windowDays} apart.
     */
    public List<Conflict> conflicts(List<PlannedLaunch> launches, int windowDays) {
        List<PlannedLaunch> ours = launches.stream().filter(l -> !"CANCELLED".equals(l.status())).toList();
        if (ours.isEmpty()) {
            return List.of();
        }
        LocalDate first = ours.stream().map(PlannedLaunch::launchDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = ours.stream().map(PlannedLaunch::launchDate).max(Comparator.naturalOrder()).orElseThrow();
        List<PlannedLaunch> candidates = openLaunchesBetween(first.minusDays(windowDays), last.plusDays(windowDays));
        return Conflict.among(ours, candidates, windowDays);
    }

    private static List<PlannedLaunch> join(List<Launch> launches, List<RoadmapItem> items) {
        Map<UUID, RoadmapItem> byId = items.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        return launches.stream().map(l -> {
            RoadmapItem item = byId.get(l.itemId);
            return new PlannedLaunch(l.id, l.itemId, item.roadmapId, l.name, l.launchDate, l.status.name(),
                    item.channels, item.audienceSegments);
        }).toList();
    }
}
