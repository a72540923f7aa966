package dev.marketingops.roadmap.insights;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.roadmap.insights.app.FeatureRequestInsights;
import dev.marketingops.roadmap.support.LaunchFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Events of one piece of feedback travel under different keys, so two consumers (replicas, or partitions handled side
 * by side) can apply them at the same time: the second waits for the first's commit and then sees its tombstone, so a
 * piece that was erased or merged away is not counted by a link or a FeedbackReceived applied meanwhile.
 */
@QuarkusTest
class ConcurrentFeedbackInsightsTest {

    private static final Instant AT = Instant.parse("2026-04-02T10:00:00Z");

    @Inject
    FeatureRequestInsights insights;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLinkAppliedWhileTheRetractionCommitsDoesNotCountTheErasedPiece() throws Exception {
        UUID item = LaunchFixture.create().itemId();
        UUID erased = UUID.randomUUID();

        appliedSideBySide(
                () -> insights.retracted(new FeedbackRetracted(erased, new SubjectRef(null, null, null, item),
                        FeedbackRetracted.ERASURE, AT.plusSeconds(60))),
                () -> insights.linked(new FeatureRequestLinked(erased, item, null, new BigDecimal("0.3"),
                        List.of("dark mode"), AT.plusSeconds(30))));

        assertNothingCounted(item);
    }

    @Test
    void aFeedbackReceivedAppliedWhileTheMergeCommitsDoesNotCountTheMergedPiece() throws Exception {
        UUID item = LaunchFixture.create().itemId();
        UUID duplicate = UUID.randomUUID();
        UUID otherDuplicate = UUID.randomUUID();

        appliedSideBySide(
                () -> insights.merged(new FeatureRequestsMerged(UUID.randomUUID(), List.of(otherDuplicate, duplicate),
                        item, AT.plusSeconds(60))),
                () -> insights.received(new FeedbackReceived(duplicate, FeedbackType.FEATURE_REQUEST, null, null,
                        "Dark mode", new BigDecimal("0.3"), List.of("dark mode"), new SubjectRef(null, null, null, item),
                        Channel.WEB, "en", AT), item));

        assertNothingCounted(item);
    }

    /**
     * Applies {@code first} in a transaction held open until {@code second}, applied in another transaction, is seen
     * waiting for a lock; then both commit. Fails when {@code second} runs straight through instead.
     */
    private void appliedSideBySide(Runnable first, Runnable second) throws Exception {
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<?> one = consumers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                first.run();
                firstApplied.countDown();
                awaitLatch(commitFirst);
            }));
            await().atMost(Duration.ofSeconds(30)).until(() -> firstApplied.getCount() == 0 || one.isDone());
            assertThat(one.isDone()).as("the first step is applied and waits to commit").isFalse();

            Future<?> two = consumers.submit(() -> QuarkusTransaction.requiringNew().run(second));
            await().atMost(Duration.ofSeconds(30)).until(() -> two.isDone() || waitingForAnAdvisoryLock());
            assertThat(two.isDone()).as("the second step waits for the piece's lock until the first commits").isFalse();

            commitFirst.countDown();
            one.get(30, TimeUnit.SECONDS);
            two.get(30, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            consumers.shutdown();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the first step commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean waitingForAnAdvisoryLock() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'""")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static void assertNothingCounted(UUID item) {
        JsonPath insight = asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200).extract().jsonPath();
        assertThat(insight.getLong("feedbackCount")).isZero();
        assertThat(insight.getList("topThemes")).isEmpty();
    }
}
