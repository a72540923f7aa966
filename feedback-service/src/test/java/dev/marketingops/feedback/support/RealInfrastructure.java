package dev.marketingops.feedback.support;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.infra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every feedback-service test runs against a real PostgreSQL and Kafka broker, real signed tokens and a local webhook receiver. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(WebhookReceiver.class)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
