package dev.marketingops.roadmap.objectives;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent edits of one launch's objective are published in commit order: the last event is the stored state. */
@QuarkusTest
class ObjectiveOrderingTest {

    private static final int WRITERS = 8;

    @Test
    void theLastPublishedChangeIsTheLastCommittedOne() {
        LaunchFixture fixture = LaunchFixture.create();
        Api.createLaunch(fixture.itemId(), "2026-04-01");
        String path = "/api/v1/items/" + fixture.itemId() + "/objectives";
        UUID objective = Api.id(asEditor().body(body(1000)).post(path).then().statusCode(201).extract().path("id"));

        // No If-Match: every writer wins in turn, and the item lock decides the order.
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            CompletableFuture.allOf(IntStream.rangeClosed(1, WRITERS)
                    .mapToObj(i -> CompletableFuture.runAsync(
                            () -> asEditor().body(body(1000 + i)).put(path + "/" + objective).then().statusCode(200), writers))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            writers.shutdown();
        }

        List<DecodedEvent> events = Published.awaitEvents(Topics.ROADMAP_LAUNCHES, fixture.itemId().toString(), WRITERS + 1);
        List<BigDecimal> published = events.stream().map(e -> ((ObjectiveChanged) e.payload()).target()).toList();
        String stored = asViewer().get(path + "/" + objective).then().statusCode(200).extract().jsonPath().getString("target");
        assertThat(published.get(published.size() - 1)).isEqualByComparingTo(stored);
        assertThat(published).hasSize(WRITERS + 1).doesNotHaveDuplicates();
    }

    private static Map<String, Object> body(int target) {
        return Map.of("kpiKey", "conversions", "direction", "INCREASE", "baseline", 0, "target", target,
                "startDate", "2026-03-01", "dueDate", "2026-06-30");
    }
}
