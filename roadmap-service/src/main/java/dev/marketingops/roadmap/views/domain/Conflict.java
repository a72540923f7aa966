package dev.marketingops.roadmap.views.domain;

import dev.marketingops.contracts.common.Channel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two launches that reach the same audience segment on the same channel within a few days of each other. */
@Schema(example = "{\"first\": {\"id\": \"9b2e7c1a-4f0d-4c59-8a55-6d9f2f3e1b20\", \"name\": \"Acme v2 launch\", "
        + "\"launchDate\": \"2026-04-15\"}, "
        + "\"second\": {\"id\": \"7a3d9c2b-1e4f-4a6b-8c9d-0e1f2a3b4c5d\", \"name\": \"Spring promo\", "
        + "\"launchDate\": \"2026-04-20\"}, \"daysApart\": 5, \"sharedChannels\": [\"EMAIL\"], "
        + "\"sharedAudienceSegments\": [\"smb-eu\"]}")
public record Conflict(LaunchRef first, LaunchRef second, long daysApart, List<Channel> sharedChannels,
                       List<String> sharedAudienceSegments) {

    /** One side of a conflict. */
    public record LaunchRef(UUID id, UUID itemId, UUID roadmapId, String name, LocalDate launchDate) {

        static LaunchRef of(PlannedLaunch l) {
            return new LaunchRef(l.id(), l.itemId(), l.roadmapId(), l.name(), l.launchDate());
        }
    }

    /**
     * Conflicts between each of {@code ours} and any of {@code candidates} (which may include ours) at most
     * {@code windowDays} apart; each pair is reported once, earlier launch first.
     */
    public static List<Conflict> among(List<PlannedLaunch> ours, List<PlannedLaunch> candidates, int windowDays) {
        Map<String, Conflict> found = new LinkedHashMap<>();
        for (PlannedLaunch a : ours) {
            for (PlannedLaunch b : candidates) {
                if (a.id().equals(b.id())) {
                    continue;
                }
                long apart = Math.abs(ChronoUnit.DAYS.between(a.launchDate(), b.launchDate()));
                List<Channel> channels = a.channels().stream().filter(b.channels()::contains).toList();
                List<String> segments = a.audienceSegments().stream().filter(b.audienceSegments()::contains).toList();
                if (apart <= windowDays && !channels.isEmpty() && !segments.isEmpty()) {
                    List<PlannedLaunch> pair = new ArrayList<>(List.of(a, b));
                    pair.sort(Comparator.comparing(PlannedLaunch::launchDate).thenComparing(l -> l.id().toString()));
                    found.putIfAbsent(pair.get(0).id() + "/" + pair.get(1).id(),
                            new Conflict(LaunchRef.of(pair.get(0)), LaunchRef.of(pair.get(1)), apart, channels, segments));
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing((Conflict c) -> c.first().launchDate()).thenComparing(c -> c.second().launchDate()))
                .toList();
    }
}
