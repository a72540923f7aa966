package dev.marketingops.roadmap.views.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.roadmap.items.rest.ItemView;
import dev.marketingops.roadmap.views.domain.Granularity;
import dev.marketingops.roadmap.views.domain.PlannedLaunch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap laid out in calendar buckets: each item in every bucket its dates touch, each launch in its date's bucket. */
@Schema(example = "{\"roadmapId\": \"3c9f0b7e-2a41-4e8b-9d55-7f1e2a3b4c5d\", \"granularity\": \"QUARTER\", "
        + "\"buckets\": [{\"period\": \"2026-Q2\", \"start\": \"2026-04-01\", \"end\": \"2026-06-30\", "
        + "\"items\": [{\"id\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", \"title\": \"Launch v2\", "
        + "\"type\": \"LAUNCH\", \"status\": \"IN_PROGRESS\", \"startDate\": \"2026-03-01\", "
        + "\"endDate\": \"2026-06-30\"}], "
        + "\"launches\": [{\"id\": \"9b2e7c1a-4f0d-4c59-8a55-6d9f2f3e1b20\", "
        + "\"itemId\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", \"name\": \"Acme v2 launch\", "
        + "\"launchDate\": \"2026-04-15\", \"status\": \"SCHEDULED\"}]}]}")
public record Timeline(UUID roadmapId, Granularity granularity, List<Bucket> buckets) {

    /**
     * Ten years of months. Items are dated within two years of their roadmap's fiscal year (at most 60 months), but
     * rows stored before that rule may span millennia: a bucket per month of them, each scanning every item, would
     * build millions of entries per request.
     */
    public static final int MAX_BUCKETS = 120;

    /** One month or quarter; {@code end} is its last day. */
    public record Bucket(String period, LocalDate start, LocalDate end, List<Entry> items, List<LaunchEntry> launches) {
    }

    /** An item in a bucket. */
    public record Entry(UUID id, String title, String type, String status, LocalDate startDate, LocalDate endDate) {
    }

    /** A launch in a bucket. */
    public record LaunchEntry(UUID id, UUID itemId, String name, LocalDate launchDate, String status) {
    }

    public static Timeline of(UUID roadmapId, Granularity granularity, List<ItemView> items, List<PlannedLaunch> launches) {
        List<LocalDate> dates = Stream.concat(
                items.stream().flatMap(i -> Stream.of(i.startDate(), i.endDate())),
                launches.stream().map(PlannedLaunch::launchDate)).sorted().toList();
        List<Bucket> buckets = new ArrayList<>();
        if (dates.isEmpty()) {
            return new Timeline(roadmapId, granularity, buckets);
        }
        LocalDate last = dates.get(dates.size() - 1);
        requireBucketsFor(granularity, dates.get(0), last);
        for (LocalDate start = granularity.bucketStart(dates.get(0)); !start.isAfter(last); start = granularity.nextBucket(start)) {
            LocalDate end = granularity.nextBucket(start).minusDays(1);
            LocalDate from = start;
            List<Entry> inBucket = items.stream()
                    .filter(i -> !i.startDate().isAfter(end) && !i.endDate().isBefore(from))
                    .map(i -> new Entry(i.id(), i.title(), i.type().name(), i.status().name(), i.startDate(), i.endDate()))
                    .toList();
            List<LaunchEntry> launching = launches.stream()
                    .filter(l -> !l.launchDate().isBefore(from) && !l.launchDate().isAfter(end))
                    .map(l -> new LaunchEntry(l.id(), l.itemId(), l.name(), l.launchDate(), l.status()))
                    .toList();
            buckets.add(new Bucket(granularity.label(start), start, end, inBucket, launching));
        }
        return new Timeline(roadmapId, granularity, buckets);
    }

    /** A 400 naming {@code granularity} when the dates need more than {@link #MAX_BUCKETS} buckets at it. */
    private static void requireBucketsFor(Granularity granularity, LocalDate first, LocalDate last) {
        long needed = granularity.bucketsBetween(first, last);
        if (needed <= MAX_BUCKETS) {
            return;
        }
        boolean quartersFit = Granularity.QUARTER.bucketsBetween(first, last) <= MAX_BUCKETS;
        throw ProblemException.badRequest("granularity", "the roadmap's items and launches run from " + first + " to " + last
                + ": " + needed + " " + granularity.name().toLowerCase(Locale.ROOT) + "s, more than the " + MAX_BUCKETS
                + " a timeline holds; " + (quartersFit ? "ask for granularity=quarter"
                : "replan the items dated far from the roadmap's fiscal year"));
    }
}
