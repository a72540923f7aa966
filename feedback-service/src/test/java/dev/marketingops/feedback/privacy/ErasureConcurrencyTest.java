package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.collect.app.FeedbackIntake;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Erasure beside the same customer's intake and beside intake on the same item: nothing escapes, nothing deadlocks. */
@QuarkusTest
class ErasureConcurrencyTest {

    @Inject
    StoredFeedback stored;
    @Inject
    FeedbackIntake intake;
    @Inject
    EntityManager em;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void feedbackCommittedWhileTheErasureRunsIsErasedAndRetractedNotLeftBehind() throws Exception {
        String customer = "crm-" + UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID early = submit(body("NPS", product, customer));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // The customer's next answer is written but not committed yet when the erasure starts.
        Future<UUID> late = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            UUID id = intake.submit("race-test", new FeedbackSubmitted(null, FeedbackType.NPS, 2, null, null,
                    SubjectRef.product(product), Channel.WEB, "en", FixedClock.RECENTLY, customer)).feedbackId();
            written.countDown();
            commit.await();
            return id;
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Response> erasure = threads.submit(() -> as("privacy-officer").delete("/api/v1/customers/" + customer));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasure.isDone() || waitingOnLock("%"));

        commit.countDown();
        UUID lateId = late.get(30, TimeUnit.SECONDS);
        Response erased = erasure.get(30, TimeUnit.SECONDS);

        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.<Integer>path("erasedFeedback")).isEqualTo(2);
        assertThat(stored.exists(lateId)).as("feedback committed during the erasure").isFalse();
        assertThat(stored.ofCustomer(customer)).isZero();
        Set<UUID> both = Set.of(early, lateId);
        assertThat(Insights.awaitEvents(Topics.FEEDBACK_INSIGHTS, FeedbackRetracted.class, e -> both.contains(e.feedbackId()), 2))
                .extracting(FeedbackRetracted::feedbackId).containsExactlyInAnyOrderElementsOf(both);
    }

    @Test
    void erasureLocksTheVoteTallyBeforeTheSubjectStateAsIntakeDoesSoTheyNeverDeadlock() throws Exception {
        String customer = "crm-" + UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        Map<String, Object> request = body("FEATURE_REQUEST", product, customer);
        ((Map<String, Object>) request.get("subject")).put("roadmapItemId", item.toString());
        submit(request);
        CountDownLatch tallyLocked = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        // What intake does for a new request on the item: the item's tally first, then the subject's state.
        Future<?> intakeLike = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select sequence from feature_item_tally where roadmap_item_id = ?1 for update")
                    .setParameter(1, item).getResultList();
            tallyLocked.countDown();
            goOn.await(30, TimeUnit.SECONDS);
            return em.createNativeQuery("select nps from subject_state where subject_type = 'PRODUCT' and subject_id = ?1 for update")
                    .setParameter(1, product).getResultList();
        }));
        assertThat(tallyLocked.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Response> erasure = threads.submit(() -> as("privacy-officer").delete("/api/v1/customers/" + customer));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasure.isDone() || waitingOnLock("%feature_item_tally%"));

        goOn.countDown();
        intakeLike.get(30, TimeUnit.SECONDS); // a deadlock would abort one of the two (40P01)
        assertThat(erasure.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(stored.ofCustomer(customer)).isZero();
    }

    /** Whether a session waits for a lock while running a statement like this one ("%": any). */
    private boolean waitingOnLock(String statement) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like ?1""")
                .setParameter(1, statement).getSingleResult()).longValue()) > 0;
    }
}
