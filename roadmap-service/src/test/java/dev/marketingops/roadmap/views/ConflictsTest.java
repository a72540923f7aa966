package dev.marketingops.roadmap.views;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.roadmap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Launches clash when they share a segment and a channel at most windowDays apart, the boundary included. */
@QuarkusTest
class ConflictsTest {

    private UUID roadmap;
    private String segment;

    @BeforeEach
    void newRoadmap() {
        roadmap = Api.createRoadmap(Api.createProduct());
        // A segment of its own, so launches of other tests never clash with these.
        segment = "segment-" + UUID.randomUUID();
    }

    private UUID launchOn(String date, List<String> channels, List<String> segments) {
        return Api.createLaunchOn(roadmap, "2026-01-01", "2026-12-31", date, channels, segments);
    }

    private JsonPath conflicts(Integer windowDays) {
        var request = asViewer();
        if (windowDays != null) {
            request = request.queryParam("windowDays", windowDays);
        }
        return request.get("/api/v1/roadmaps/" + roadmap + "/conflicts").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void exactlySevenDaysApartClashesByDefaultAndEightDoNot() {
        UUID first = launchOn("2026-04-01", List.of("EMAIL"), List.of(segment));
        UUID second = launchOn("2026-04-08", List.of("EMAIL", "SOCIAL"), List.of(segment, "other"));
        UUID third = launchOn("2026-04-16", List.of("SOCIAL"), List.of(segment));

        JsonPath byDefault = conflicts(null);
        assertThat(byDefault.getInt("windowDays")).isEqualTo(7);
        assertThat(byDefault.getList("conflicts")).hasSize(1);
        assertThat(byDefault.getString("conflicts[0].first.id")).isEqualTo(first.toString());
        assertThat(byDefault.getString("conflicts[0].second.id")).isEqualTo(second.toString());
        assertThat(byDefault.getInt("conflicts[0].daysApart")).isEqualTo(7);
        assertThat(byDefault.getList("conflicts[0].sharedChannels")).containsExactly("EMAIL");
        assertThat(byDefault.getList("conflicts[0].sharedAudienceSegments")).containsExactly(segment);

        JsonPath wider = conflicts(8);
        assertThat(wider.getList("conflicts.second.id")).containsExactly(second.toString(), third.toString());
        assertThat(conflicts(6).getList("conflicts")).isEmpty();
    }

    @Test
    void sharingOnlyAChannelOrOnlyASegmentIsNoClashAndCancelledLaunchesDoNotCount() {
        launchOn("2026-05-01", List.of("EMAIL"), List.of(segment));
        launchOn("2026-05-02", List.of("PRINT"), List.of(segment));
        launchOn("2026-05-03", List.of("EMAIL"), List.of("segment-" + UUID.randomUUID()));
        UUID cancelled = launchOn("2026-05-01", List.of("EMAIL"), List.of(segment));
        asEditor().body(Map.of("reason", "merged into another launch")).post("/api/v1/launches/" + cancelled + "/cancel")
                .then().statusCode(200);

        assertThat(conflicts(null).getList("conflicts")).isEmpty();
    }

    @Test
    void aLaunchOnAnotherRoadmapClashesToo() {
        UUID ours = launchOn("2026-06-10", List.of("SOCIAL"), List.of(segment));
        UUID otherRoadmap = Api.createRoadmap(Api.createProduct());
        UUID theirs = Api.createLaunchOn(otherRoadmap, "2026-01-01", "2026-12-31", "2026-06-12", List.of("SOCIAL"), List.of(segment));

        JsonPath found = conflicts(null);
        assertThat(found.getList("conflicts.first.id")).containsExactly(ours.toString());
        assertThat(found.getList("conflicts.second.id")).containsExactly(theirs.toString());
        assertThat(found.getString("conflicts[0].second.roadmapId")).isEqualTo(otherRoadmap.toString());
    }

    @Test
    void aNegativeWindowIsABadRequest() {
        asViewer().queryParam("windowDays", -1).get("/api/v1/roadmaps/" + roadmap + "/conflicts")
                .then().statusCode(400).contentType("application/problem+json");
        asViewer().get("/api/v1/roadmaps/" + UUID.randomUUID() + "/conflicts").then().statusCode(404);
    }
}
