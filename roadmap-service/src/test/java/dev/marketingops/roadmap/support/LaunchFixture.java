package dev.marketingops.roadmap.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A fresh product, roadmap and LAUNCH item (2026-03-01..2026-06-30) owned by {@link Api#TEAM}. */
public record LaunchFixture(UUID productId, UUID roadmapId, UUID itemId) {

    public static LaunchFixture create() {
        return create(List.of("EMAIL", "SOCIAL"), List.of("smb-eu"));
    }

    public static LaunchFixture create(List<String> channels, List<String> segments) {
        UUID product = Api.createProduct();
        UUID roadmap = Api.createRoadmap(product);
        Map<String, Object> body = Api.item("LAUNCH", "2026-03-01", "2026-06-30");
        body.put("channels", channels);
        body.put("audienceSegments", segments);
        return new LaunchFixture(product, roadmap, Api.createItem(roadmap, body));
    }
}
