package dev.marketingops.plumbing.progress;

import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import dev.marketingops.plumbing.support.Poison;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A consumer retrying a transient failure (a row lock it cannot get) past the stall limit (3 s in tests) turns
 * readiness DOWN and sets marketingops_consumer_stalled; once the lock goes, the event is applied and both recover.
 */
@QuarkusTest
class ConsumerStallTest {

    private static final Pattern STALLED = Pattern.compile(
            "(?m)^marketingops_consumer_stalled\\{[^}]*consumer=\"plumbing-test\\.completions\"[^}]*} 1\\.0$");

    @Inject
    Completions completions;

    @Inject
    Poison poison;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aConsumerThatCannotMakeProgressTurnsReadinessDownAndRaisesTheStallGauge() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        UUID blocked = poison.launch("locked");
        try (Connection lockHolder = dataSource.getConnection()) {
            lockHolder.setAutoCommit(false);
            try (Statement s = lockHolder.createStatement()) {
                s.execute("select id from consumer_lock where id = 1 for update");
            }
            kafka().publish(Events.launchCompleted(blocked));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body(containsString("plumbing-test.completions")).body(containsString("stalled")));
            assertThat(STALLED.matcher(metrics()).find()).as("stall gauge is 1").isTrue();
            assertThat(completions.timesApplied(blocked)).isZero();
            lockHolder.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> completions.timesApplied(blocked) == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertThat(STALLED.matcher(metrics()).find()).as("stall gauge back to 0").isFalse();
        assertThat(metrics()).contains("marketingops_consumer_stalled{consumer=\"plumbing-test.completions\"} 0.0");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
