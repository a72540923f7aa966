package dev.marketingops.metrics.support;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.infra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every metrics test runs against a real PostgreSQL and a real Kafka broker, with real signed tokens. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_PREFIX, value = "metrics"))
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = KafkaTestResource.TOPICS, value = "marketing.activity:6,campaign.lifecycle:3,roadmap.launches:3,feedback.insights:3,metrics.kpis:3,privacy.erasure:3,privacy.erasure.completed:3"))
@QuarkusTestResource(JwtTestResource.class)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
