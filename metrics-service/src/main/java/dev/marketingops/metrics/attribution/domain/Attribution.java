package dev.marketingops.metrics.attribution.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Credits conversions and revenue to campaigns and channels under one model; pure Java over journeys. */
public final class Attribution {

    private Attribution() {
    }

    public static AttributionResult attribute(List<Journey> journeys, AttributionModel model, ModelParameters p) {
        return model.heuristic() ? heuristic(journeys, model, p) : dataDriven(journeys, p);
    }

    private static AttributionResult heuristic(List<Journey> journeys, AttributionModel model, ModelParameters p) {
        Map<UUID, Credit> byCampaign = new HashMap<>();
        Map<String, Credit> byChannel = new TreeMap<>();
        Credit attributed = new Credit();
        Credit unattributed = new Credit();
        for (Journey journey : journeys) {
            for (Conversion c : journey.conversions()) {
                List<Touchpoint> window = journey.window(c.at(), p.lookback());
                if (window.isEmpty()) {
                    unattributed.add(BigDecimal.ONE, c);
                    continue;
                }
                attributed.add(BigDecimal.ONE, c);
                BigDecimal[] shares = Shares.heuristic(model, p, window, c);
                for (int i = 0; i < shares.length; i++) {
                    if (shares[i].signum() != 0) {
                        Touchpoint t = window.get(i);
                        byCampaign.computeIfAbsent(t.campaignId(), k -> new Credit()).add(shares[i], c);
                        byChannel.computeIfAbsent(t.channel(), k -> new Credit()).add(shares[i], c);
                    }
                }
            }
        }
        return new AttributionResult(model, byCampaign, byChannel, attributed, unattributed, 0, 0, Map.of());
    }

    /**
     * The Markov removal effect model: converting paths (one per conversion, its window's items, weighted by its count)
     * and non-converting ones (a customer without a conversion: all their touchpoints given) make the chain; the
     * attributed conversions and revenue are split over the items in proportion to their removal effects, then each
     * item's credit over the other dimension in proportion to its touchpoints in converting windows.
     */
    private static AttributionResult dataDriven(List<Journey> journeys, ModelParameters p) {
        PathItem item = p.pathItem();
        MarkovChain chain = new MarkovChain(p.order());
        Credit attributed = new Credit();
        Credit unattributed = new Credit();
        Map<String, Map<String, BigDecimal>> cross = new LinkedHashMap<>();
        long converting = 0;
        long nonConverting = 0;
        for (Journey journey : journeys) {
            boolean converted = false;
            for (Conversion c : journey.conversions()) {
                List<Touchpoint> window = journey.window(c.at(), p.lookback());
                if (window.isEmpty()) {
                    unattributed.add(BigDecimal.ONE, c);
                    continue;
                }
                attributed.add(BigDecimal.ONE, c);
                if (c.count() > 0) {
                    converted = true;
                    converting++;
                    chain.add(items(window, item), c.count(), true);
                    for (Touchpoint t : window) {
                        cross.computeIfAbsent(item.of(t), k -> new TreeMap<>())
                                .merge(other(item, t), BigDecimal.valueOf(c.count()), BigDecimal::add);
                    }
                }
            }
            if (!converted && !journey.touchpoints().isEmpty() && journey.conversions().stream().noneMatch(c -> c.count() > 0)) {
                nonConverting++;
                chain.add(items(journey.touchpoints(), item), 1, false);
            }
        }
        Map<String, Double> effects = chain.removalEffects();
        Map<String, BigDecimal> shares = shares(effects, cross.keySet());
        if (shares.isEmpty() && !attributed.revenue().isEmpty()) {
            // Revenue but no conversion path to split it by: it stays unattributed rather than be credited at random.
            attributed.revenue().forEach(unattributed::addRevenue);
            attributed = new Credit();
        }
        Map<UUID, Credit> byCampaign = new HashMap<>();
        Map<String, Credit> byChannel = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            Credit credit = new Credit();
            credit.add(share.getValue(), attributed);
            if (item == PathItem.CHANNEL) {
                byChannel.put(share.getKey(), credit);
            } else {
                byCampaign.put(UUID.fromString(share.getKey()), credit);
            }
            Map<String, BigDecimal> split = cross.get(share.getKey());
            String[] others = split.keySet().toArray(String[]::new);
            BigDecimal[] parts = new BigDecimal[others.length];
            Shares.normalise(parts, i -> split.get(others[i]));
            for (int i = 0; i < others.length; i++) {
                Credit part = item == PathItem.CHANNEL
                        ? byCampaign.computeIfAbsent(UUID.fromString(others[i]), k -> new Credit())
                        : byChannel.computeIfAbsent(others[i], k -> new Credit());
                part.add(parts[i], credit);
            }
        }
        return new AttributionResult(AttributionModel.DATA_DRIVEN, byCampaign, byChannel, attributed, unattributed,
                converting, nonConverting, effects);
    }

    /** Removal effects of the items on converting paths, normalised to shares summing to exactly 1. */
    private static Map<String, BigDecimal> shares(Map<String, Double> effects, Iterable<String> converting) {
        List<String> keys = new ArrayList<>();
        converting.forEach(keys::add);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return shares;
        }
        BigDecimal[] values = new BigDecimal[keys.size()];
        Shares.normalise(values, i -> BigDecimal.valueOf(effects.getOrDefault(keys.get(i), 0.0)));
        for (int i = 0; i < values.length; i++) {
            shares.put(keys.get(i), values[i]);
        }
        return shares;
    }

    private static List<String> items(List<Touchpoint> touchpoints, PathItem item) {
        List<String> path = new ArrayList<>(touchpoints.size());
        touchpoints.forEach(t -> path.add(item.of(t)));
        return path;
    }

    private static String other(PathItem item, Touchpoint t) {
        return item == PathItem.CHANNEL ? t.campaignId().toString() : t.channel();
    }
}
