package dev.marketingops.metrics.benchmark;

import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;

/** Makes the benchmark's campaigns known as in production: campaign.lifecycle events, then an analyst target each over REST. */
// CampaignCreated (a launch per four campaigns, 5,000 EUR budget) and CampaignActivated, encoded by the contracts codec
// as campaign-service publishes them; targets: PUT /api/v1/targets/campaign/{id}/conversions as an analyst of the team.
final class CampaignCatalog {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final int TARGET_WRITERS = 4;

    private final DataSource dataSource;
    private final UUID product = UUID.randomUUID();

    CampaignCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Publishes, waits until metrics has every campaign ACTIVE, sets the targets; says how long each part took.
     */
    String announce(List<UUID> campaigns) throws Exception {
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = ActivityFeed.producer(5)) {
            UUID launch = null;
            for (int i = 0; i < campaigns.size(); i++) {
                launch = i % 4 == 0 ? UUID.randomUUID() : launch;
                UUID campaign = campaigns.get(i);
                producer.send(CODEC.toProducerRecord(new CampaignCreated(campaign, product, launch, Api.TEAM, Instant.now(),
                        "Benchmark " + i, "Measure ingest", List.of(Channel.DISPLAY), "smb", Money.of("5000", "EUR"),
                        new CampaignSchedule(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z"),
                                "UTC"), CampaignStatus.DRAFT, null)));
                producer.send(CODEC.toProducerRecord(new CampaignActivated(campaign, product, launch, Api.TEAM, Instant.now())));
            }
        }
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1)).until(() ->
                count("select count(*) from campaign where product_id = ? and status = 'ACTIVE'") == campaigns.size());
        double lifecycleSeconds = (System.nanoTime() - start) / 1e9;
        long targetsStart = System.nanoTime();
        setTargets(campaigns);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> count(
                "select count(*) from kpi_target where scope = 'CAMPAIGN' and scope_id in "
                        + "(select campaign_id from campaign where product_id = ?)") == campaigns.size());
        return String.format("%.1f s until all were ACTIVE in metrics, %.1f s for the %,d target PUTs", lifecycleSeconds,
                (System.nanoTime() - targetsStart) / 1e9, campaigns.size());
    }

    private void setTargets(List<UUID> campaigns) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(TARGET_WRITERS);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < TARGET_WRITERS; w++) {
                int first = w;
                done.add(writers.submit(() -> {
                    for (int i = first; i < campaigns.size(); i += TARGET_WRITERS) {
                        Api.as("analyst").contentType("application/json")
                                .body("{\"direction\":\"INCREASE\",\"target\":1000000}")
                                .put("/api/v1/targets/campaign/" + campaigns.get(i) + "/conversions")
                                .then().statusCode(200);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, product);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
