package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.common.Money;
import org.junit.jupiter.api.Test;

/** Money stays exact and never mixes currencies. */
class MoneyTest {

    @Test
    void addsExactlyInOneCurrency() {
        assertThat(Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
    }

    @Test
    void refusesMixedCurrenciesAndBadCodes() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "eur")).isInstanceOf(IllegalArgumentException.class);
    }
}
