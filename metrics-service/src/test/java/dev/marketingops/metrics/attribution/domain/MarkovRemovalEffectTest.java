package dev.marketingops.metrics.attribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The data-driven model on journey sets small enough to work out on paper (the working is in each test). */
class MarkovRemovalEffectTest {

    static final Instant T = Instant.parse("2026-05-20T12:00:00Z");
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    /**
     * Paths: EMAIL→SOCIAL→conversion (with 90 EUR), EMAIL→null, SOCIAL→null.
     * Transitions: start→EMAIL 2/3, start→SOCIAL 1/3; EMAIL→SOCIAL 1/2, EMAIL→null 1/2; SOCIAL→conv 1/2, SOCIAL→null 1/2.
     * P(conv) = 2/3·1/2·1/2 + 1/3·1/2 = 1/3. Without EMAIL: 1/3·1/2 = 1/6, effect 1/2. Without SOCIAL: 0, effect 1.
     * Shares 1/2 : 1 → EMAIL 1/3, SOCIAL 2/3 of the one conversion (30 and 60 EUR).
     */
    static List<Journey> paperSet() {
        return List.of(
                journey(List.of(tp(A, "EMAIL", 2), tp(B, "SOCIAL", 1)), true),
                journey(List.of(tp(A, "EMAIL", 3)), false),
                journey(List.of(tp(B, "SOCIAL", 3)), false));
    }

    @Test
    void firstOrderRemovalEffectOnThePaperSet() {
        AttributionResult r = Attribution.attribute(paperSet(), AttributionModel.DATA_DRIVEN, ModelParameters.defaults());
        assertThat(r.removalEffects().get("EMAIL")).isCloseTo(0.5, within(1e-12));
        assertThat(r.removalEffects().get("SOCIAL")).isCloseTo(1.0, within(1e-12));
        assertThat(r.byChannel().get("EMAIL").conversions().doubleValue()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.byChannel().get("SOCIAL").conversions().doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.byChannel().get("SOCIAL").revenue().get("EUR").doubleValue()).isCloseTo(60, within(1e-9));
        // Each channel here ran one campaign, so the campaign rows carry the channel's credit.
        assertThat(r.byCampaign().get(A).conversions().doubleValue()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.byCampaign().get(B).conversions().doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.convertingPaths()).isEqualTo(1);
        assertThat(r.nonConvertingPaths()).isEqualTo(2);
        assertThat(r.creditedConversions().subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(new BigDecimal("1e-9"));
    }

    /**
     * Paths: EMAIL→SOCIAL→EMAIL→conversion, SOCIAL→null (a cycle: the chain needs the linear solve).
     * start→EMAIL 1/2, start→SOCIAL 1/2; EMAIL→SOCIAL 1/2, EMAIL→conv 1/2; SOCIAL→EMAIL 1/2, SOCIAL→null 1/2.
     * x_E = 1/2 x_S + 1/2, x_S = 1/2 x_E → x_E = 2/3, x_S = 1/3, P = 1/2. Without EMAIL: 0 (effect 1).
     * Without SOCIAL: x_E = 1/2, P = 1/4 (effect 1/2). Shares EMAIL 2/3, SOCIAL 1/3.
     */
    @Test
    void firstOrderRemovalEffectWithACycle() {
        List<Journey> set = List.of(
                journey(List.of(tp(A, "EMAIL", 3), tp(B, "SOCIAL", 2), tp(A, "EMAIL", 1)), true),
                journey(List.of(tp(B, "SOCIAL", 3)), false));
        AttributionResult r = Attribution.attribute(set, AttributionModel.DATA_DRIVEN, ModelParameters.defaults());
        assertThat(r.removalEffects().get("EMAIL")).isCloseTo(1.0, within(1e-12));
        assertThat(r.removalEffects().get("SOCIAL")).isCloseTo(0.5, within(1e-12));
        assertThat(r.byChannel().get("EMAIL").conversions().doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.byChannel().get("SOCIAL").conversions().doubleValue()).isCloseTo(1.0 / 3, within(1e-12));
    }

    /**
     * The paper set at order 2: states (EMAIL), (EMAIL,SOCIAL), (SOCIAL). P(conv) = 2/3·1/2·1 = 1/3.
     * Removing EMAIL removes (EMAIL) and (EMAIL,SOCIAL): P = 0. Removing SOCIAL removes (EMAIL,SOCIAL) and (SOCIAL): P = 0.
     * Both effects 1: 1/2 each — second order sees SOCIAL only converts after EMAIL.
     */
    @Test
    void secondOrderOnThePaperSet() {
        AttributionResult r = Attribution.attribute(paperSet(), AttributionModel.DATA_DRIVEN,
                ModelParameters.defaults().withOrder(2, PathItem.CHANNEL));
        assertThat(r.removalEffects().get("EMAIL")).isCloseTo(1.0, within(1e-12));
        assertThat(r.removalEffects().get("SOCIAL")).isCloseTo(1.0, within(1e-12));
        assertThat(r.byChannel().get("EMAIL").conversions().doubleValue()).isCloseTo(0.5, within(1e-12));
    }

    /** Campaign paths: the same set keyed by campaign gives the campaigns the shares (and each campaign's channel). */
    @Test
    void campaignPaths() {
        AttributionResult r = Attribution.attribute(paperSet(), AttributionModel.DATA_DRIVEN,
                ModelParameters.defaults().withOrder(1, PathItem.CAMPAIGN));
        assertThat(r.byCampaign().get(A).conversions().doubleValue()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.byChannel().get("SOCIAL").conversions().doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
    }

    /** Higher orders take the per-item solve; at order 1 the one-inverse shortcut must agree with it. */
    @Test
    void shortcutAgreesWithSolvingPerItem() {
        // A second-order chain whose paths are single items has the same states as first order.
        MarkovChain viaSolve = new MarkovChain(2);
        viaSolve.add(List.of("E"), 1, true);
        viaSolve.add(List.of("D"), 3, false);
        MarkovChain viaShortcut = new MarkovChain(1);
        viaShortcut.add(List.of("E"), 1, true);
        viaShortcut.add(List.of("D"), 3, false);
        // E converts 1 of 1, D 0 of 3: removing E loses every conversion (1), removing D none (0).
        assertThat(viaShortcut.removalEffects()).containsEntry("E", 1.0).containsEntry("D", 0.0);
        assertThat(viaSolve.removalEffects()).isEqualTo(viaShortcut.removalEffects());
    }

    static Touchpoint tp(UUID campaign, String channel, int daysBefore) {
        return new Touchpoint(campaign, channel, T.minus(Duration.ofDays(daysBefore)));
    }

    static Journey journey(List<Touchpoint> touches, boolean converts) {
        return new Journey(touches, converts
                ? List.of(Conversion.conversions(T, 1), Conversion.revenue(T, new BigDecimal("90"), "EUR"))
                : List.of());
    }
}
