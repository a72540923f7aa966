package dev.marketingops.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.PostgresTestResource;
import dev.marketingops.infra.schema.MigrationUpgrades;
import org.junit.jupiter.api.Test;

/** A metrics database deployed at any earlier point of its or plumbing's migrations upgrades with the whole set. */
class MigrationUpgradeTest {

    @Test
    void aDatabaseDeployedAtAnyEarlierPointUpgrades() throws Exception {
        assertThat(new MigrationUpgrades(PostgresTestResource.server(), "db/plumbing", "db/migration")
                .checkEveryEarlierDeployment("metrics_upgrade"))
                .contains("db/plumbing from 0.1", "db/migration from 1");
    }
}
