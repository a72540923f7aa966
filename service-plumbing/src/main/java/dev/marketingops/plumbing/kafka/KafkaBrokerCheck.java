package dev.marketingops.plumbing.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Broker reachability in health group {@code kafka} and gauge {@code marketingops_kafka_broker_up}, never readiness. */
@HealthGroup("kafka")
@ApplicationScoped
public class KafkaBrokerCheck implements HealthCheck {

    private static final int TIMEOUT_MS = 3_000;

    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private volatile boolean up;
    private volatile String detail = "not probed yet";
    private Admin admin;

    public KafkaBrokerCheck(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                            @ConfigProperty(name = "quarkus.application.name", defaultValue = "marketing-ops") String clientId,
                            MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
        Gauge.builder("marketingops.kafka.broker.up", this, c -> c.up ? 1 : 0)
                .description("1 when the last probe reached a Kafka broker, else 0").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        probe();
        return HealthCheckResponse.named("kafka-broker").status(up).withData("detail", detail).build();
    }

    /** Keeps the gauge current between health calls. */
    @Scheduled(every = "${marketingops.kafka.probe-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledProbe() {
        probe();
    }

    /** Asks the cluster for its brokers; answers whether at least one replied in time. */
    public synchronized boolean probe() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS + 1_000L, TimeUnit.MILLISECONDS).size();
            up = nodes > 0;
            detail = nodes + " broker(s) reachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
            detail = "interrupted";
        } catch (Exception e) {
            up = false;
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return up;
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            kafkaConfig.forEach((k, v) -> {
                if (AdminClientConfig.configNames().contains(k)) {
                    props.put(k, v);
                }
            });
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-broker-check");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
            admin = null;
        }
    }
}
