package dev.marketingops.console.kpis;

import dev.marketingops.console.kpis.JourneyViews.Attribution;
import dev.marketingops.console.kpis.JourneyViews.ModelCredit;
import dev.marketingops.console.kpis.JourneyViews.Roas;
import dev.marketingops.console.kpis.JourneyViews.Row;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The models side by side: one line per campaign (or channel), one cell per model with the conversions it credits,
 * the revenue and the ROAS per currency; lines in the order the first model ranks them (most credit first).
 */
public record AttributionComparison(List<String> models, List<Line> campaigns, List<Line> channels,
                                    List<ModelCredit> totals, long customers, String lookback) {

    /**
     * A campaign's or channel's spend and its cells, one per model in the models' order; {@code campaignName} is null
     * for a channel and for a campaign campaign-service did not name.
     */
    public record Line(UUID campaignId, String campaignName, String channel, List<Money> spend, List<Cell> cells) {

        /** The first eight characters of the id, shown when the campaign has no known name. */
        public String shortId() {
            return campaignId == null ? "" : campaignId.toString().substring(0, 8);
        }
    }

    public record Cell(BigDecimal conversions, List<Money> revenue, List<Roas> roas) {
        static final Cell NONE = new Cell(BigDecimal.ZERO, List.of(), List.of());
    }

    public static AttributionComparison of(Attribution answer, CampaignNames names) {
        List<ModelCredit> models = answer.models() == null ? List.of() : answer.models();
        return new AttributionComparison(models.stream().map(ModelCredit::model).toList(),
                lines(models, ModelCredit::campaigns, names), lines(models, ModelCredit::channels, names), models,
                answer.customers(), answer.lookback());
    }

    /** A table of the comparison: per campaign or per channel. */
    public record Dimension(String name, List<Line> lines) {
    }

    public List<Dimension> dimensions() {
        return List.of(new Dimension("campaign", campaigns), new Dimension("channel", channels));
    }

    /** True when no model credited or left unattributed anything. */
    public boolean empty() {
        return totals.stream().allMatch(m -> m.attributedConversions().signum() == 0
                && m.unattributedConversions().signum() == 0 && m.attributedRevenue().isEmpty());
    }

    private static List<Line> lines(List<ModelCredit> models, Function<ModelCredit, List<Row>> rowsOf,
                                    CampaignNames names) {
        Map<Object, Cell[]> cells = new LinkedHashMap<>();
        Map<Object, Row> first = new LinkedHashMap<>();
        for (int m = 0; m < models.size(); m++) {
            for (Row row : rowsOf.apply(models.get(m))) {
                Object key = row.campaignId() != null ? row.campaignId() : row.channel();
                first.putIfAbsent(key, row);
                cells.computeIfAbsent(key, k -> new Cell[models.size()])[m] =
                        new Cell(row.attributedConversions(), row.revenue(), row.roas());
            }
        }
        List<Line> lines = new ArrayList<>();
        first.forEach((key, row) -> {
            List<Cell> line = new ArrayList<>();
            for (Cell cell : cells.get(key)) {
                line.add(cell == null ? Cell.NONE : cell);
            }
            lines.add(new Line(row.campaignId(), names.of(row.campaignId()), row.channel(), row.spend(), line));
        });
        return lines;
    }
}
