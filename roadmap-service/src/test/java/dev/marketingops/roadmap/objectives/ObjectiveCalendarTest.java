package dev.marketingops.roadmap.objectives;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import dev.marketingops.contracts.roadmap.ProgressCause;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import dev.marketingops.roadmap.objectives.app.ObjectiveCalendar;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import dev.marketingops.roadmap.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The day moves an objective behind its pace and past its due date; each change is announced once, as CALENDAR. */
@QuarkusTest
class ObjectiveCalendarTest {

    private static final Instant READ_AT = Instant.parse("2026-06-14T00:00:00Z");

    @Inject
    ObjectiveCalendar calendar;

    @Test
    void fallingBehindThePaceAndPassingTheDueDateAreEachAnnouncedOnce() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID initiative = Api.createItem(fixture.roadmapId(), Api.item("INITIATIVE", "2026-01-01", "2026-12-31"));
        // 500 of 1,000 over June: on track on the 15th (14 of 29 days = 48 %), behind on the 20th (66 %).
        UUID objective = Api.createObjective(initiative, "conversions", "INCREASE", 0, 1000, "2026-06-01", "2026-06-30");
        Upstream.publish(new KpiSnapshot(KpiScope.PRODUCT, fixture.productId(), null, null, fixture.productId(),
                READ_AT.minusSeconds(3600), READ_AT, 10_000, 400, 500, 0, null, Money.of("0.00", "EUR"), null, null, null,
                null, null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> asViewer().get("/api/v1/items/" + initiative + "/objectives/" + objective)
                .then().extract().jsonPath().getString("progress.actual") != null);

        calendar.settle(LocalDate.parse("2026-06-15"));
        calendar.settle(LocalDate.parse("2026-06-20"));
        calendar.settle(LocalDate.parse("2026-06-21"));
        // The marker: once it is out, every settle before it on this key was too.
        calendar.settle(LocalDate.parse("2026-07-01"));

        List<ObjectiveProgressed> events = Published.awaitThrough(Topics.ROADMAP_LAUNCHES, initiative.toString(),
                        ObjectiveProgressed.TYPE, e -> e.payloadAs(ObjectiveProgressed.class).status() == ProgressStatus.MISSED)
                .stream().map(e -> e.payloadAs(ObjectiveProgressed.class)).toList();
        assertThat(events).as("behind on the 20th, missed on 1 July; nothing on the 15th or again on the 21st").hasSize(2);
        ObjectiveProgressed atRisk = events.get(0);
        assertThat(atRisk.objectiveId()).isEqualTo(objective);
        assertThat(atRisk.previousStatus()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(atRisk.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(atRisk.cause()).isEqualTo(ProgressCause.CALENDAR);
        assertThat(atRisk.asOf()).isEqualTo(LocalDate.parse("2026-06-20"));
        assertThat(atRisk.actual()).isEqualByComparingTo("500");
        assertThat(atRisk.readingAt()).isEqualTo(READ_AT);
        assertThat(atRisk.productId()).isEqualTo(fixture.productId());
        ObjectiveProgressed missed = events.get(1);
        assertThat(missed.previousStatus()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(missed.status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(missed.asOf()).isEqualTo(LocalDate.parse("2026-07-01"));
    }

    @Test
    void anObjectiveWithoutAReadingIsMissedAfterItsDueDateAndThenLeftAlone() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID initiative = Api.createItem(fixture.roadmapId(), Api.item("INITIATIVE", "2026-01-01", "2026-12-31"));
        UUID objective = Api.createObjective(initiative, "revenue", "INCREASE", 0, 9000, "2026-06-01", "2026-06-30");

        calendar.settle(LocalDate.parse("2026-07-01"));
        calendar.settle(LocalDate.parse("2026-07-02"));
        // A second objective on the same item, missed a day later, is the marker for the first one's second settle.
        UUID marker = Api.createObjective(initiative, "revenue", "INCREASE", 0, 9000, "2026-06-01", "2026-07-02");
        calendar.settle(LocalDate.parse("2026-07-03"));

        List<ObjectiveProgressed> events = Published.awaitThrough(Topics.ROADMAP_LAUNCHES, initiative.toString(),
                        ObjectiveProgressed.TYPE, e -> e.payloadAs(ObjectiveProgressed.class).objectiveId().equals(marker))
                .stream().map(e -> e.payloadAs(ObjectiveProgressed.class)).toList();
        assertThat(events).extracting(ObjectiveProgressed::objectiveId).containsExactly(objective, marker);
        assertThat(events.get(0).status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(events.get(0).actual()).as("no reading came").isNull();
        assertThat(events.get(0).percent()).isNull();
        assertThat(events.get(0).readingAt()).isNull();
    }
}
