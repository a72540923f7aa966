package dev.marketingops.metrics.support;

import org.awaitility.Awaitility;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.contracts.roadmap.LifecycleStageChanged;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.owners.domain.ScopeOwners;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Announces owners as roadmap would and waits until metrics has learned them, so a target write is checked against them. */
public final class Owners {

    private static final EventCodec CODEC = EventCodec.standard();

    private Owners() {
    }

    /** Publishes a product's first LifecycleStageChanged with its owner team on roadmap.products. */
    public static void product(UUID product, String team) {
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).publish(CODEC.toProducerRecord(
                new LifecycleStageChanged(product, null, LifecycleStage.INTRODUCTION, LocalDate.of(2026, 1, 10), team)));
    }

    /** Publishes a LaunchScheduled without objectives, owned by the team, on roadmap.launches. */
    public static void launch(UUID launch, UUID product, String team) {
        new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).publish(CODEC.toProducerRecord(
                new LaunchScheduled(launch, UUID.randomUUID(), product, UUID.randomUUID(), "Launch", LocalDate.of(2026, 4, 1),
                        1, List.of("DE"), List.of(Channel.EMAIL), List.of("smb"), team, null, List.of())));
    }

    /** Waits until metrics knows the scope's owner team. */
    public static void await(KpiScope scope, UUID id, String team) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> team.equals(QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(ScopeOwners.class).get().ownerOf(scope, id).orElse(null))));
    }
}
