package dev.marketingops.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.activity.ActivityRecorded;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money rules of the public ingest event: amount and currency exactly for SPEND and REVENUE. */
class ActivityRecordedMoneyTest {

    private static final String CAMPAIGN = "\"campaignId\":\"c0ffee00-1234-4abc-9def-0123456789ab\"";
    private static final String COMMON = CAMPAIGN
            + ",\"channel\":\"PAID_SEARCH\",\"occurredAt\":\"2025-03-01T10:15:30Z\",\"journeyStage\":\"AWARENESS\"";

    private List<Violation> validate(String fields) {
        return EventValidator.standard().validate(ActivityRecorded.TYPE,
                ("{" + COMMON + "," + fields + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paths(List<Violation> violations) {
        return violations.stream().map(Violation::path).toList();
    }

    @Test
    void spendNeedsAmountAndCurrency() {
        assertThat(paths(validate("\"kind\":\"SPEND\""))).containsExactlyInAnyOrder("$.amount", "$.currency");
        assertThat(paths(validate("\"kind\":\"REVENUE\",\"amount\":10"))).containsExactly("$.currency");
        assertThat(validate("\"kind\":\"SPEND\",\"amount\":12.50,\"currency\":\"EUR\"")).isEmpty();
    }

    @Test
    void countedKindsMustNotCarryMoney() {
        List<Violation> violations = validate("\"kind\":\"CLICK\",\"amount\":1,\"currency\":\"EUR\"");
        assertThat(paths(violations)).containsExactlyInAnyOrder("$.amount", "$.currency");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).contains("must not be present"));
        assertThat(validate("\"kind\":\"CLICK\",\"count\":250")).isEmpty();
    }

    @Test
    void amountIsNonNegativeAndCurrencyIsIso() {
        assertThat(paths(validate("\"kind\":\"SPEND\",\"amount\":-0.01,\"currency\":\"EUR\""))).containsExactly("$.amount");
        assertThat(paths(validate("\"kind\":\"SPEND\",\"amount\":1,\"currency\":\"eur\""))).containsExactly("$.currency");
    }

    @Test
    void countIsAtLeastOneAndDefaultsToOne() throws Exception {
        assertThat(paths(validate("\"kind\":\"CLICK\",\"count\":0"))).containsExactly("$.count");

        ActivityRecorded read = (ActivityRecorded) EventCodec.standard().readPayload(ActivityRecorded.TYPE,
                ("{" + COMMON + ",\"kind\":\"CLICK\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(read.count()).isEqualTo(1L);
    }

    @Test
    void amountStaysExact() {
        ActivityRecorded read = (ActivityRecorded) EventCodec.standard().readPayload(ActivityRecorded.TYPE,
                ("{" + COMMON + ",\"kind\":\"SPEND\",\"amount\":0.10,\"currency\":\"EUR\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(read.amount()).isEqualTo(new BigDecimal("0.10"));
        assertThat(read.asMoney().amount().scale()).isEqualTo(2);
    }
}
