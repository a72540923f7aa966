package dev.marketingops.console.kpis;

import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What metrics-service answers about customer journeys: attribution under every model, and the people funnel. */
public final class JourneyViews {

    private JourneyViews() {
    }

    public record Roas(String currency, BigDecimal value) {
    }

    /** A campaign's (campaignId set) or a channel's (channel set) credit under one model. */
    public record Row(UUID campaignId, String channel, BigDecimal attributedConversions, List<Money> revenue,
                      List<Money> spend, List<Roas> roas) {
    }

    public record ModelCredit(String model, BigDecimal attributedConversions, BigDecimal unattributedConversions,
                              List<Money> attributedRevenue, List<Money> unattributedRevenue, List<Row> campaigns,
                              List<Row> channels) {
    }

    /** {@code GET /api/v1/attribution?model=all}: every model over the same journeys. */
    public record Attribution(Instant from, Instant to, String lookback, long customers, List<ModelCredit> models) {

        /** Every campaign some model credits, once each, in the order they first appear. */
        public List<UUID> campaignIds() {
            return models == null ? List.of() : models.stream().flatMap(m -> m.campaigns().stream())
                    .map(Row::campaignId).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    public record PeopleStep(String stage, long customers, BigDecimal conversionRate) {
    }

    /** {@code GET /api/v1/funnel?mode=people}: distinct customers who reached each stage in order. */
    public record PeopleFunnel(Instant from, Instant to, String window, List<PeopleStep> stages) {
    }
}
