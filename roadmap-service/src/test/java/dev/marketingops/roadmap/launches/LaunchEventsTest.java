package dev.marketingops.roadmap.launches;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each lifecycle step is published on roadmap.launches, keyed by the launch's item, schema-valid and in commit order. */
@QuarkusTest
class LaunchEventsTest {

    @Test
    void scheduleRescheduleAndCompleteArePublishedInOrderWithTheObjectives() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID objective = Api.id(asEditor().body(Map.of("kpiKey", "conversions", "direction", "INCREASE", "baseline", 0,
                        "target", 5000, "startDate", "2026-03-01", "dueDate", "2026-06-30"))
                .post("/api/v1/items/" + fixture.itemId() + "/objectives").then().statusCode(201).extract().path("id"));
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");

        Api.step(launch, "schedule");
        asEditor().body(Map.of("launchDate", "2026-06-20", "reason", "App store review")).post("/api/v1/launches/" + launch + "/reschedule")
                .then().statusCode(200);
        Api.step(launch, "launch");
        Api.step(launch, "complete");

        // Keyed by the item: the objective set before the launch existed is ordered with the launch's steps.
        List<DecodedEvent> all = Published.awaitEvents(Topics.ROADMAP_LAUNCHES, fixture.itemId().toString(), 4);
        assertThat(all).extracting(e -> e.cloudEvent().getType()).containsExactly(
                ObjectiveChanged.TYPE, LaunchScheduled.TYPE, LaunchRescheduled.TYPE, LaunchCompleted.TYPE);
        List<DecodedEvent> events = all.subList(1, 4);
        LaunchScheduled scheduled = (LaunchScheduled) events.get(0).payload();
        assertThat(scheduled.itemId()).isEqualTo(fixture.itemId());
        assertThat(scheduled.productId()).isEqualTo(fixture.productId());
        assertThat(scheduled.roadmapId()).isEqualTo(fixture.roadmapId());
        assertThat(scheduled.launchDate()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(scheduled.channels()).containsExactly(Channel.EMAIL, Channel.SOCIAL);
        assertThat(scheduled.audienceSegments()).containsExactly("smb-eu");
        assertThat(scheduled.markets()).containsExactly("DE", "US");
        assertThat(scheduled.ownerTeam()).isEqualTo(Api.TEAM);
        assertThat(scheduled.budgetHint().currency()).isEqualTo("EUR");
        assertThat(scheduled.budgetHint().amount()).isEqualByComparingTo("50000");
        assertThat(scheduled.objectives()).singleElement().satisfies(o -> {
            assertThat(o.objectiveId()).isEqualTo(objective);
            assertThat(o.kpiKey()).isEqualTo(KpiKey.CONVERSIONS);
            assertThat(o.direction()).isEqualTo(Direction.INCREASE);
            assertThat(o.target()).isEqualByComparingTo("5000");
            assertThat(o.dueDate()).isEqualTo(LocalDate.parse("2026-06-30"));
        });
        assertThat(events.get(1).payload()).isEqualTo(new LaunchRescheduled(launch, fixture.itemId(), fixture.productId(),
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-20"), "App store review"));
        LaunchCompleted completed = (LaunchCompleted) events.get(2).payload();
        assertThat(completed.launchId()).isEqualTo(launch);
        assertThat(completed.completedAt()).isNotNull();
        assertThat(events).allSatisfy(e -> assertThat(e.cloudEvent().getSubject()).isEqualTo(launch.toString()));
    }

    @Test
    void aCancellationCarriesItsReasonAfterTheSchedule() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-05-01");
        Api.step(launch, "schedule");
        asEditor().body(Map.of("reason", "Product discontinued")).post("/api/v1/launches/" + launch + "/cancel").then().statusCode(200);

        List<DecodedEvent> events = Published.awaitEvents(Topics.ROADMAP_LAUNCHES, fixture.itemId().toString(), 2);
        assertThat(events).extracting(DecodedEvent::payload).element(1)
                .isEqualTo(new LaunchCancelled(launch, fixture.itemId(), fixture.productId(), "Product discontinued"));
        assertThat(events.get(0).payload()).isInstanceOf(LaunchScheduled.class);
    }

    @Test
    void anObjectiveChangeOfALaunchItemIsOrderedWithTheLaunchsEvents() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        Api.step(launch, "schedule");
        UUID objective = Api.id(asEditor().body(Map.of("kpiKey", "cpa", "direction", "DECREASE", "baseline", 40,
                        "target", 25.5, "startDate", "2026-03-01", "dueDate", "2026-06-30"))
                .post("/api/v1/items/" + fixture.itemId() + "/objectives").then().statusCode(201).extract().path("id"));
        asEditor().body(Map.of("launchDate", "2026-06-25")).post("/api/v1/launches/" + launch + "/reschedule").then().statusCode(200);

        List<DecodedEvent> events = Published.awaitEvents(Topics.ROADMAP_LAUNCHES, fixture.itemId().toString(), 3);
        assertThat(events).extracting(e -> e.cloudEvent().getType()).containsExactly(
                LaunchScheduled.TYPE, ObjectiveChanged.TYPE, LaunchRescheduled.TYPE);
        ObjectiveChanged changed = (ObjectiveChanged) events.get(1).payload();
        assertThat(changed.objectiveId()).isEqualTo(objective);
        assertThat(changed.launchId()).isEqualTo(launch);
        assertThat(changed.itemId()).isEqualTo(fixture.itemId());
        assertThat(changed.kpiKey()).isEqualTo(KpiKey.CPA);
        assertThat(changed.direction()).isEqualTo(Direction.DECREASE);
        assertThat(changed.baseline()).isEqualByComparingTo("40");
        assertThat(changed.target()).isEqualByComparingTo("25.5");
        assertThat(changed.change()).isEqualTo(ObjectiveChange.CREATED);
        assertThat(((LaunchScheduled) events.get(0).payload()).objectives()).isEmpty();
    }

    @Test
    void anObjectiveSetBeforeTheLaunchExistedIsDeletedUnderTheSameKey() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID objective = Api.createObjective(fixture.itemId(), "clicks", "INCREASE", 0, 1000, "2026-03-01", "2026-06-30");
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        asEditor().delete("/api/v1/items/" + fixture.itemId() + "/objectives/" + objective).then().statusCode(204);

        // One key, so one partition: metrics cannot apply the DELETED before the CREATED and keep an orphan target.
        List<DecodedEvent> events = Published.awaitEvents(Topics.ROADMAP_LAUNCHES, fixture.itemId().toString(), 2);
        assertThat(events).extracting(e -> ((ObjectiveChanged) e.payload()).change())
                .containsExactly(ObjectiveChange.CREATED, ObjectiveChange.DELETED);
        assertThat(events).extracting(e -> ((ObjectiveChanged) e.payload()).launchId()).containsExactly(null, launch);
    }
}
