package dev.marketingops.console.roadmap;

import dev.marketingops.console.roadmap.RoadmapViews.Conflict;
import dev.marketingops.console.roadmap.RoadmapViews.Item;
import dev.marketingops.console.roadmap.RoadmapViews.Objective;
import dev.marketingops.console.roadmap.RoadmapViews.TimelineLaunch;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fiscal year laid out as columns (12 months or 4 quarters) with each item as a bar from its start to its end column,
 * grouped by type and then by channel; launches are markers in their column; conflicting launches are flagged.
 * The fiscal year is the calendar year, as roadmap-service's timeline buckets are.
 */
public record TimelineGrid(int fiscalYear, boolean quarters, List<String> columns, List<Group> groups, int itemCount) {

    public static final List<String> TYPES = List.of("INITIATIVE", "LAUNCH", "ASSESSMENT", "IMPROVEMENT");

    /** A type and channel with its items. */
    public record Group(String type, String channel, List<Row> rows) {
    }

    /** One item's bar: grid columns [start, end) counted from 2 (column 1 holds the titles). */
    public record Row(Item item, int start, int end, String startPeriod, List<Marker> launches, List<Item> dependsOn,
                      List<Objective> objectives, boolean conflict) {
    }

    /** A launch on an item's row. */
    public record Marker(TimelineLaunch launch, int column, String period, boolean conflict, List<String> conflictsWith) {
    }

    public static TimelineGrid of(int fiscalYear, boolean quarters, List<Item> items, List<TimelineLaunch> launches,
                                  List<Conflict> conflicts, Map<UUID, List<Objective>> objectives) {
        int count = quarters ? 4 : 12;
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            columns.add(quarters ? "Q" + i : java.time.Month.of(i).getDisplayName(TextStyle.SHORT, Locale.UK));
        }
        Map<UUID, List<String>> conflicting = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            conflicting.computeIfAbsent(c.first().id(), k -> new ArrayList<>()).add(c.second().name());
            conflicting.computeIfAbsent(c.second().id(), k -> new ArrayList<>()).add(c.first().name());
        }
        Map<UUID, Item> byId = items.stream().collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a));
        Set<UUID> seen = new HashSet<>();
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        List<Item> ordered = new ArrayList<>(items);
        ordered.sort(java.util.Comparator.comparing((Item i) -> typeOrder(i.type())).thenComparing(TimelineGrid::channel)
                .thenComparing(Item::startDate));
        for (Item item : ordered) {
            LocalDate yearStart = LocalDate.of(fiscalYear, 1, 1);
            LocalDate yearEnd = LocalDate.of(fiscalYear, 12, 31);
            if (item.endDate().isBefore(yearStart) || item.startDate().isAfter(yearEnd)) {
                continue;
            }
            LocalDate from = item.startDate().isBefore(yearStart) ? yearStart : item.startDate();
            LocalDate to = item.endDate().isAfter(yearEnd) ? yearEnd : item.endDate();
            List<Marker> markers = launches.stream().filter(l -> item.id().equals(l.itemId()) && seen.add(l.id())
                            && l.launchDate().getYear() == fiscalYear)
                    .map(l -> new Marker(l, column(l.launchDate(), quarters), period(l.launchDate(), quarters),
                            conflicting.containsKey(l.id()), conflicting.getOrDefault(l.id(), List.of())))
                    .toList();
            List<Item> deps = item.dependsOn() == null ? List.of()
                    : item.dependsOn().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            Row row = new Row(item, column(from, quarters), column(to, quarters) + 1, period(item.startDate(), quarters),
                    markers, deps, objectives.getOrDefault(item.id(), List.of()), markers.stream().anyMatch(Marker::conflict));
            grouped.computeIfAbsent(item.type() + "|" + channel(item), k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = grouped.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|", 2);
            return new Group(key[0], key[1], e.getValue());
        }).toList();
        return new TimelineGrid(fiscalYear, quarters, columns, groups,
                groups.stream().mapToInt(g -> g.rows().size()).sum());
    }

    /** Grid column of a date: 2 for January (or Q1). */
    static int column(LocalDate date, boolean quarters) {
        return (quarters ? (date.getMonthValue() - 1) / 3 : date.getMonthValue() - 1) + 2;
    }

    static String period(LocalDate date, boolean quarters) {
        return quarters ? date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1)
                : String.format("%d-%02d", date.getYear(), date.getMonthValue());
    }

    private static String channel(Item item) {
        return item.channels() == null || item.channels().isEmpty() ? "NO CHANNEL" : item.channels().get(0);
    }

    private static int typeOrder(String type) {
        int i = TYPES.indexOf(type);
        return i < 0 ? TYPES.size() : i;
    }
}
