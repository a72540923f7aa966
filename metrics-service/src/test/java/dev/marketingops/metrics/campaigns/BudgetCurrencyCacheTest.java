package dev.marketingops.metrics.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The activity path checks spend against a campaign's budget currency only once the event that set it has committed. */
@QuarkusTest
class BudgetCurrencyCacheTest {

    static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

    @Inject
    CampaignDirectory directory;

    @Test
    void aCurrencyChangeReachesTheCacheAtCommitAndARolledBackOneNever() {
        UUID campaign = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> apply(campaign, product, "EUR"));
        assertThat(directory.budgetCurrency(campaign)).contains("EUR");

        // The event's transaction fails after the write (the inbox or a later statement), so the change never commits.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            apply(campaign, product, "USD");
            assertThat(directory.budgetCurrency(campaign)).as("before commit").contains("EUR");
            throw new IllegalStateException("the event's transaction fails");
        })).hasStackTraceContaining("the event's transaction fails");
        assertThat(directory.budgetCurrency(campaign)).as("after rollback").contains("EUR");

        QuarkusTransaction.requiringNew().run(() -> apply(campaign, product, "USD"));
        assertThat(directory.budgetCurrency(campaign)).as("after commit").contains("USD");
    }

    private void apply(UUID campaign, UUID product, String currency) {
        directory.apply(campaign, null, product, "DRAFT", Money.of("100", currency), AT, "growth");
    }
}
