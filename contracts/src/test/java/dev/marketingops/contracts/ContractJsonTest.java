package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared mapper: ISO dates, exact decimals, tolerant reading, lower_snake KPI keys. */
class ContractJsonTest {

    private final ObjectMapper mapper = ContractJson.mapper();

    @Test
    void writesIsoDatesAndExactPlainDecimals() throws Exception {
        String json = mapper.writeValueAsString(new Money(new BigDecimal("1E+3"), "EUR"));
        assertThat(json).isEqualTo("{\"amount\":1000,\"currency\":\"EUR\"}");

        String completed = mapper.writeValueAsString(Samples.of(EventCatalog.forPayload(LaunchCompleted.class)));
        assertThat(completed).contains("\"completedAt\":\"2025-03-01T10:15:30Z\"");
    }

    @Test
    void keepsTrailingZerosInTrees() throws Exception {
        assertThat(mapper.readTree("{\"amount\":12.50}").get("amount").decimalValue()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void readsOffsetsIntoInstants() throws Exception {
        LaunchCompleted read = mapper.readValue("{\"launchId\":\"" + Samples.LAUNCH + "\",\"itemId\":\"" + Samples.ITEM
                + "\",\"productId\":\"" + Samples.PRODUCT + "\",\"completedAt\":\"2025-03-01T12:15:30+02:00\"}",
                LaunchCompleted.class);
        assertThat(read.completedAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
    }

    @Test
    void ignoresUnknownFieldsAndOmitsNulls() throws Exception {
        Money money = mapper.readValue("{\"amount\":1,\"currency\":\"EUR\",\"fx\":\"spot\"}", Money.class);
        assertThat(money).isEqualTo(Money.of("1", "EUR"));
        assertThat(mapper.writeValueAsString(new dev.marketingops.contracts.common.SubjectRef(Samples.PRODUCT, null, null, null)))
                .isEqualTo("{\"productId\":\"" + Samples.PRODUCT + "\"}");
    }

    @Test
    void kpiKeysAreLowerSnakeOnTheWire() throws Exception {
        assertThat(mapper.writeValueAsString(KpiKey.CONVERSION_RATE)).isEqualTo("\"conversion_rate\"");
        assertThat(mapper.readValue("\"roas\"", KpiKey.class)).isEqualTo(KpiKey.ROAS);
    }
}
