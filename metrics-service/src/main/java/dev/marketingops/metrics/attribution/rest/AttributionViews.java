package dev.marketingops.metrics.attribution.rest;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.metrics.attribution.domain.AttributionModel;
import dev.marketingops.metrics.attribution.domain.AttributionResult;
import dev.marketingops.metrics.attribution.domain.Credit;
import dev.marketingops.metrics.attribution.domain.ModelParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** Shapes a model's result and the scope's spend into the answer's rows (rounded only here, at the edge). */
final class AttributionViews {

    static final int CONVERSION_SCALE = 12;
    static final int MONEY_SCALE = 6;
    static final int RATIO_SCALE = 6;

    private AttributionViews() {
    }

    static AttributionReport.ModelCredit model(AttributionResult r, ModelParameters p,
            Map<UUID, Map<String, Map<String, BigDecimal>>> spend) {
        Map<String, Map<String, BigDecimal>> channelSpend = new TreeMap<>();
        spend.values().forEach(byChannel -> byChannel.forEach((channel, money) -> money.forEach((cur, amount) ->
                channelSpend.computeIfAbsent(channel, k -> new TreeMap<>()).merge(cur, amount, BigDecimal::add))));
        Map<UUID, Map<String, BigDecimal>> campaignSpend = new HashMap<>();
        spend.forEach((campaign, byChannel) -> byChannel.values().forEach(money -> money.forEach((cur, amount) ->
                campaignSpend.computeIfAbsent(campaign, k -> new TreeMap<>()).merge(cur, amount, BigDecimal::add))));

        List<AttributionReport.Row> campaigns = new ArrayList<>();
        Set<UUID> campaignIds = new TreeSet<>(r.byCampaign().keySet());
        campaignIds.addAll(campaignSpend.keySet());
        for (UUID id : campaignIds) {
            campaigns.add(row(id, null, r.byCampaign().get(id), campaignSpend.getOrDefault(id, Map.of())));
        }
        List<AttributionReport.Row> channels = new ArrayList<>();
        Set<String> channelNames = new TreeSet<>(r.byChannel().keySet());
        channelNames.addAll(channelSpend.keySet());
        for (String channel : channelNames) {
            channels.add(row(null, channel, r.byChannel().get(channel), channelSpend.getOrDefault(channel, Map.of())));
        }
        Comparator<AttributionReport.Row> byCredit = Comparator.comparing(AttributionReport.Row::attributedConversions).reversed();
        campaigns.sort(byCredit);
        channels.sort(byCredit);
        AttributionReport.PathsUsed paths = null;
        if (r.model() == AttributionModel.DATA_DRIVEN) {
            Map<String, BigDecimal> effects = new LinkedHashMap<>();
            r.removalEffects().forEach((item, e) -> effects.put(item, BigDecimal.valueOf(e).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN)));
            paths = new AttributionReport.PathsUsed(r.convertingPaths(), r.nonConvertingPaths(), effects);
        }
        return new AttributionReport.ModelCredit(r.model().apiName(), parameters(r.model(), p),
                conversions(r.attributed().conversions()), conversions(r.unattributed().conversions()),
                money(r.attributed().revenue()), money(r.unattributed().revenue()), paths, campaigns, channels);
    }

    private static AttributionReport.Row row(UUID campaign, String channel, Credit credit, Map<String, BigDecimal> spend) {
        Map<String, BigDecimal> revenue = credit == null ? Map.of() : credit.revenue();
        List<AttributionReport.Roas> roas = new ArrayList<>();
        spend.forEach((cur, amount) -> {
            if (amount.signum() > 0 && revenue.containsKey(cur)) {
                roas.add(new AttributionReport.Roas(cur, revenue.get(cur).divide(amount, RATIO_SCALE, RoundingMode.HALF_EVEN)));
            }
        });
        return new AttributionReport.Row(campaign, channel,
                conversions(credit == null ? BigDecimal.ZERO : credit.conversions()), money(revenue), money(spend), roas);
    }

    static Map<String, String> parameters(AttributionModel model, ModelParameters p) {
        Map<String, String> used = new LinkedHashMap<>();
        used.put("lookback", p.lookback().toString());
        switch (model) {
            case TIME_DECAY -> used.put("halfLife", p.halfLife().toString());
            case POSITION_BASED -> {
                used.put("firstShare", p.firstShare().toPlainString());
                used.put("lastShare", p.lastShare().toPlainString());
            }
            case DATA_DRIVEN -> {
                used.put("order", Integer.toString(p.order()));
                used.put("pathItem", p.pathItem().apiName());
            }
            default -> {
            }
        }
        return used;
    }

    static BigDecimal conversions(BigDecimal exact) {
        return exact.setScale(CONVERSION_SCALE, RoundingMode.HALF_EVEN);
    }

    static List<Money> money(Map<String, BigDecimal> byCurrency) {
        List<Money> list = new ArrayList<>();
        new TreeMap<>(byCurrency).forEach((cur, amount) -> list.add(new Money(amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN), cur)));
        return list;
    }
}
