package dev.marketingops.roadmap.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.infra.PostgresTestResource;
import dev.marketingops.infra.schema.MigrationUpgrades;
import org.junit.jupiter.api.Test;

/** A roadmap database deployed at any earlier point upgrades with the whole set (3.6 came after plumbing's 5.9). */
class MigrationUpgradeTest {

    @Test
    void aDatabaseDeployedAtAnyEarlierPointUpgrades() throws Exception {
        assertThat(new MigrationUpgrades(PostgresTestResource.server(), "db/plumbing", "db/migration")
                .checkEveryEarlierDeployment("roadmap_upgrade"))
                .contains("db/migration from 3.6", "db/plumbing from 5.9");
    }
}
