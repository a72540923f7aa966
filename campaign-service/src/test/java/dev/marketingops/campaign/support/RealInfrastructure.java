package dev.marketingops.campaign.support;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.infra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every campaign-service test runs against a real PostgreSQL and a real Kafka broker, with real signed tokens. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
