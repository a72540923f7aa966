package dev.marketingops.metrics.attribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each model's credit on journeys worked out by hand (in the comments), and the sum invariant on random journeys. */
class AttributionModelsTest {

    static final Instant T = Instant.parse("2026-05-20T12:00:00Z");
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    /**
     * J1: a (EMAIL) 14 d, b (SOCIAL) 7 d and c (PAID_SEARCH) 0 d before one conversion and 70 EUR revenue at T.
     * J2: a 40 d before 2 conversions: outside the 30-day window, so unattributed.
     * J3: b 1 d before 1 conversion and 30 USD.
     */
    static List<Journey> journeys() {
        return List.of(
                new Journey(List.of(touch(C, "PAID_SEARCH", 0), touch(A, "EMAIL", 14), touch(B, "SOCIAL", 7)),
                        List.of(Conversion.conversions(T, 1), Conversion.revenue(T, new BigDecimal("70"), "EUR"))),
                new Journey(List.of(touch(A, "EMAIL", 40)), List.of(Conversion.conversions(T, 2))),
                new Journey(List.of(touch(B, "SOCIAL", 1)),
                        List.of(Conversion.conversions(T, 1), Conversion.revenue(T, new BigDecimal("30"), "USD"))));
    }

    @Test
    void lastTouchCreditsTheLastTouchpointInTheWindow() {
        AttributionResult r = run(AttributionModel.LAST_TOUCH, ModelParameters.defaults());
        expect(r, A, "0", Map.of());
        expect(r, B, "1", Map.of("USD", "30"));
        expect(r, C, "1", Map.of("EUR", "70"));
        assertThat(r.attributed().conversions()).isEqualByComparingTo("2");
        assertThat(r.unattributed().conversions()).isEqualByComparingTo("2");
    }

    @Test
    void firstTouchCreditsTheFirstTouchpointInTheWindow() {
        AttributionResult r = run(AttributionModel.FIRST_TOUCH, ModelParameters.defaults());
        expect(r, A, "1", Map.of("EUR", "70"));
        expect(r, B, "1", Map.of("USD", "30"));
        expect(r, C, "0", Map.of());
    }

    @Test
    void linearSplitsEvenly() {
        // J1: a, b, c 1/3 each (70/3 EUR each); J3: b 1.
        AttributionResult r = run(AttributionModel.LINEAR, ModelParameters.defaults());
        expect(r, A, third(1), Map.of("EUR", third(70)));
        expect(r, B, new BigDecimal(third(1)).add(BigDecimal.ONE).toPlainString(), Map.of("EUR", third(70), "USD", "30"));
        expect(r, C, third(1), Map.of("EUR", third(70)));
        assertThat(r.byChannel().get("SOCIAL").conversions()).isCloseTo(new BigDecimal(third(4)), within());
    }

    @Test
    void timeDecayHalvesPerHalfLife() {
        // Half-life 7 d: weights 1/4 (14 d), 1/2 (7 d), 1 (0 d) -> 1/7, 2/7, 4/7; 70 EUR -> 10, 20, 40.
        AttributionResult r = run(AttributionModel.TIME_DECAY, ModelParameters.defaults());
        expect(r, A, "0.142857142857142857", Map.of("EUR", "10"));
        expect(r, B, "1.285714285714285714", Map.of("EUR", "20", "USD", "30"));
        expect(r, C, "0.571428571428571429", Map.of("EUR", "40"));
        // Half-life 14 d: weights 1/2, 1/sqrt2, 1.
        AttributionResult longer = run(AttributionModel.TIME_DECAY, ModelParameters.defaults().withHalfLife(Duration.ofDays(14)));
        double sum = 0.5 + Math.sqrt(0.5) + 1;
        assertThat(longer.byCampaign().get(A).conversions().doubleValue()).isCloseTo(0.5 / sum, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void positionBasedGivesFirstAndLastTheirSharesAndTheMiddleTheRest() {
        // 40/20/40 over three touchpoints; 70 EUR -> 28, 14, 28.
        AttributionResult r = run(AttributionModel.POSITION_BASED, ModelParameters.defaults());
        expect(r, A, "0.4", Map.of("EUR", "28"));
        expect(r, B, "1.2", Map.of("EUR", "14", "USD", "30"));
        expect(r, C, "0.4", Map.of("EUR", "28"));
        // 30/30 over four: 0.3, 0.2, 0.2, 0.3; over two with 30/50: 0.375, 0.625.
        ModelParameters p = ModelParameters.defaults().withPositions(new BigDecimal("0.3"), new BigDecimal("0.3"));
        Journey four = new Journey(List.of(touch(A, "EMAIL", 4), touch(B, "SOCIAL", 3), touch(B, "SOCIAL", 2),
                touch(C, "WEB", 1)), List.of(Conversion.conversions(T, 1)));
        AttributionResult r4 = Attribution.attribute(List.of(four), AttributionModel.POSITION_BASED, p);
        expect(r4, A, "0.3", Map.of());
        expect(r4, B, "0.4", Map.of());
        expect(r4, C, "0.3", Map.of());
        Journey two = new Journey(List.of(touch(A, "EMAIL", 2), touch(C, "WEB", 1)), List.of(Conversion.conversions(T, 1)));
        AttributionResult r2 = Attribution.attribute(List.of(two), AttributionModel.POSITION_BASED,
                ModelParameters.defaults().withPositions(new BigDecimal("0.3"), new BigDecimal("0.5")));
        expect(r2, A, "0.375", Map.of());
        expect(r2, C, "0.625", Map.of());
    }

    @Test
    void lookbackDecidesWhatCounts() {
        // With 45 days J2's touchpoint counts, so nothing is unattributed; with 0 days only same-instant touchpoints do.
        AttributionResult wide = run(AttributionModel.LAST_TOUCH, ModelParameters.defaults().withLookback(Duration.ofDays(45)));
        assertThat(wide.unattributed().conversions()).isEqualByComparingTo("0");
        expect(wide, A, "2", Map.of());
        AttributionResult none = run(AttributionModel.LINEAR, ModelParameters.defaults().withLookback(Duration.ZERO));
        expect(none, C, "1", Map.of("EUR", "70"));
        assertThat(none.unattributed().conversions()).isEqualByComparingTo("3");
        assertThat(none.unattributed().revenue()).containsOnlyKeys("USD");
    }

    static Touchpoint touch(UUID campaign, String channel, int daysBefore) {
        return new Touchpoint(campaign, channel, T.minus(Duration.ofDays(daysBefore)));
    }

    static AttributionResult run(AttributionModel model, ModelParameters p) {
        AttributionResult r = Attribution.attribute(journeys(), model, p);
        assertThat(r.creditedConversions()).isEqualByComparingTo(r.attributed().conversions());
        return r;
    }

    static void expect(AttributionResult r, UUID campaign, String conversions, Map<String, String> revenue) {
        Credit credit = r.byCampaign().get(campaign);
        BigDecimal got = credit == null ? BigDecimal.ZERO : credit.conversions();
        assertThat(got).as("conversions of %s", campaign).isCloseTo(new BigDecimal(conversions), within());
        Map<String, BigDecimal> money = credit == null ? Map.of() : credit.revenue();
        assertThat(money.keySet()).as("currencies of %s", campaign).isEqualTo(revenue.keySet());
        revenue.forEach((cur, amount) -> assertThat(money.get(cur)).isCloseTo(new BigDecimal(amount), within()));
    }

    static String third(int n) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128).toPlainString();
    }

    static org.assertj.core.data.Offset<BigDecimal> within() {
        return org.assertj.core.data.Offset.offset(new BigDecimal("1e-15"));
    }

    @Test
    void creditedConversionsEqualAttributedConversionsForEveryModelOnRandomJourneys() {
        Random random = new Random(14);
        List<UUID> campaigns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            campaigns.add(new UUID(0, i + 1));
        }
        String[] channels = {"EMAIL", "SOCIAL", "PAID_SEARCH", "DISPLAY", "WEB"};
        List<Journey> journeys = new ArrayList<>();
        for (int j = 0; j < 400; j++) {
            List<Touchpoint> touches = new ArrayList<>();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                touches.add(new Touchpoint(campaigns.get(random.nextInt(campaigns.size())),
                        channels[random.nextInt(channels.length)], T.minusSeconds(random.nextInt(60 * 86_400))));
            }
            List<Conversion> conversions = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                conversions.add(Conversion.conversions(T.minusSeconds(random.nextInt(10 * 86_400)), 1 + random.nextInt(3)));
                conversions.add(Conversion.revenue(T, BigDecimal.valueOf(random.nextInt(100_000), 2), random.nextBoolean() ? "EUR" : "USD"));
            }
            journeys.add(new Journey(touches, conversions));
        }
        for (AttributionModel model : AttributionModel.values()) {
            for (int order = 1; order <= (model.heuristic() ? 1 : 3); order++) {
                for (PathItem item : PathItem.values()) {
                    AttributionResult r = Attribution.attribute(journeys, model, ModelParameters.defaults().withOrder(order, item));
                    BigDecimal attributed = r.attributed().conversions();
                    assertThat(attributed).isPositive();
                    BigDecimal byChannel = r.byChannel().values().stream().map(Credit::conversions).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (model.heuristic()) {
                        assertThat(r.creditedConversions()).as(model.apiName()).isEqualByComparingTo(attributed);
                        assertThat(byChannel).as(model.apiName()).isEqualByComparingTo(attributed);
                    } else {
                        assertThat(r.creditedConversions().subtract(attributed).abs()).as("%s order %d", item, order)
                                .isLessThanOrEqualTo(new BigDecimal("1e-9"));
                        assertThat(byChannel.subtract(attributed).abs()).isLessThanOrEqualTo(new BigDecimal("1e-9"));
                        assertThat(r.convertingPaths() + r.nonConvertingPaths()).isPositive();
                    }
                    for (String currency : List.of("EUR", "USD")) {
                        BigDecimal credited = r.byCampaign().values().stream()
                                .map(c -> c.revenue().getOrDefault(currency, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                        BigDecimal total = r.attributed().revenue().getOrDefault(currency, BigDecimal.ZERO);
                        assertThat(credited.subtract(total).abs()).isLessThanOrEqualTo(new BigDecimal("1e-9"));
                    }
                }
            }
        }
    }
}
