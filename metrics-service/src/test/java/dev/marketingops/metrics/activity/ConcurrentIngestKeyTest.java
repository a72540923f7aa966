package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two POST /api/v1/activity at once under one Idempotency-Key: the key's lock is held from the replay check until the
 * receipt commits, so the second waits and is refused for its other batch instead of publishing it too.
 */
@QuarkusTest
class ConcurrentIngestKeyTest {

    /** Backends waiting for a lock inside the Idempotency-Key store: its key lock or its receipt insert. */
    private static final String WAITING_IN_THE_STORE = """
            select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
            and (query like '%pg_advisory_xact_lock(hashtextextended%' or query like 'insert into idempotency_receipt%')""";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Rollups rollups;

    @Test
    void aSecondBatchUnderTheSameKeyWaitsForTheFirstAndIsRefusedNotPublished() throws Exception {
        String tool = "race-" + UUID.randomUUID() + "@tools";
        String key = "sync-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (Connection gate = dataSource.getConnection()) {
            // The barrier: an uncommitted receipt under the key makes the first request's own receipt insert wait, so
            // it is held after its replay check and its publication, where the second one would slip past.
            gate.setAutoCommit(false);
            try (PreparedStatement ps = gate.prepareStatement("""
                    insert into idempotency_receipt (caller, idempotency_key, request_hash, status, response)
                    values (?, ?, 'barrier', 0, '')""")) {
                ps.setString(1, tool);
                ps.setString(2, key);
                ps.executeUpdate();
            }
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> post(tool, key, batch(first, 5)));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingInTheStore() == 1);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> post(tool, key, batch(second, 7)));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingInTheStore() == 2 || b.isDone());
            gate.rollback();

            a.get().then().statusCode(200).header("Idempotent-Replayed", (String) null);
            Response refused = b.get();
            refused.then().statusCode(422).contentType("application/problem+json");
            assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(first, "impressions")).isEqualTo(5);
        assertThat(rollups.total(second, "impressions")).isZero();
    }

    private long waitingInTheStore() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(WAITING_IN_THE_STORE);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Response post(String tool, String key, String body) {
        return RestAssured.given().auth().oauth2(JwtTestResource.tokens().mint(tool, Api.TEAM, "tool-ingest"))
                .contentType("application/json").header("Idempotency-Key", key).body(body).post("/api/v1/activity");
    }

    private static String batch(UUID campaign, int impressions) {
        return "{\"events\":[{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"IMPRESSION\","
                + "\"count\":" + impressions + ",\"occurredAt\":\"2026-03-01T10:15:00Z\",\"journeyStage\":\"AWARENESS\"}]}";
    }
}
