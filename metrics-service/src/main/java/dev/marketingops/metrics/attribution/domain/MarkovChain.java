package dev.marketingops.metrics.attribution.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * An absorbing Markov chain of order k over paths of items (channels or campaigns), and each item's removal effect
 * (Anderl et al. 2016): 1 - P(conversion with the item removed) / P(conversion). A state is the last k items seen
 * (fewer at a path's start); removing an item sends every state containing it to "no conversion".
 * Conversion probabilities are absorption probabilities, solved with an LU decomposition (Apache Commons Math).
 */
public final class MarkovChain {

    /** Dense solves grow with the cube of the states; beyond this the caller is told to use channels or a lower order. */
    public static final int MAX_STATES = 2_000;
    private static final int START = 0;

    private final int order;
    private final Map<List<String>, Integer> states = new LinkedHashMap<>();
    private final List<Map<Integer, Double>> transitions = new ArrayList<>();
    private final List<double[]> absorbed = new ArrayList<>(); // [conversion, null] weights per state
    private final Set<String> items = new LinkedHashSet<>();

    public MarkovChain(int order) {
        this.order = order;
        state(List.of());
    }

    /** Adds a path of one or more items ending in a conversion or not, counted {@code weight} times. */
    public void add(List<String> path, double weight, boolean converted) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("A path needs at least one item");
        }
        int from = START;
        for (int i = 0; i < path.size(); i++) {
            items.add(path.get(i));
            int to = state(List.copyOf(path.subList(Math.max(0, i + 1 - order), i + 1)));
            transitions.get(from).merge(to, weight, Double::sum);
            from = to;
        }
        absorbed.get(from)[converted ? 0 : 1] += weight;
    }

    private int state(List<String> key) {
        Integer index = states.get(key);
        if (index == null) {
            if (states.size() > MAX_STATES) {
                throw new TooManyStatesException(MAX_STATES);
            }
            index = states.size();
            states.put(key, index);
            transitions.add(new HashMap<>());
            absorbed.add(new double[2]);
        }
        return index;
    }

    public int stateCount() {
        return states.size();
    }

    /** The removal effect of every item seen, in [0, 1]; all 0 when nothing converts. */
    public Map<String, Double> removalEffects() {
        int n = states.size();
        RealMatrix system = new Array2DRowRealMatrix(n, n);
        RealVector conversion = new ArrayRealVector(n);
        for (int s = 0; s < n; s++) {
            double out = absorbed.get(s)[0] + absorbed.get(s)[1];
            for (double w : transitions.get(s).values()) {
                out += w;
            }
            system.setEntry(s, s, 1);
            if (out == 0) {
                continue;
            }
            for (Map.Entry<Integer, Double> e : transitions.get(s).entrySet()) {
                system.addToEntry(s, e.getKey(), -e.getValue() / out);
            }
            conversion.setEntry(s, absorbed.get(s)[0] / out);
        }
        Map<String, Double> effects = new LinkedHashMap<>();
        DecompositionSolver solver = new LUDecomposition(system).getSolver();
        RealVector reach = solver.solve(conversion);
        double total = reach.getEntry(START);
        if (total <= 0) {
            items.forEach(item -> effects.put(item, 0.0));
            return effects;
        }
        if (order == 1) {
            firstOrder(solver.getInverse(), reach, total, effects);
        } else {
            for (String item : items) {
                effects.put(item, clamp(1 - withoutItem(system, conversion, item) / total));
            }
        }
        return effects;
    }

    /**
     * With one state per item, P(conversion without k) = P(conversion) - h_k x_k, where h_k = N[start,k] / N[k,k] is
     * the chance of ever reaching k and x_k its own conversion probability (strong Markov property): one inverse for all.
     */
    private void firstOrder(RealMatrix fundamental, RealVector reach, double total, Map<String, Double> effects) {
        for (String item : items) {
            int k = states.get(List.of(item));
            double hit = fundamental.getEntry(START, k) / fundamental.getEntry(k, k);
            effects.put(item, clamp(hit * reach.getEntry(k) / total));
        }
    }

    private double withoutItem(RealMatrix system, RealVector conversion, String item) {
        RealMatrix removed = system.copy();
        RealVector rewards = conversion.copy();
        int n = states.size();
        for (Map.Entry<List<String>, Integer> e : states.entrySet()) {
            if (e.getKey().contains(item)) {
                int s = e.getValue();
                for (int j = 0; j < n; j++) {
                    removed.setEntry(s, j, j == s ? 1 : 0);
                }
                rewards.setEntry(s, 0);
            }
        }
        return new LUDecomposition(removed).getSolver().solve(rewards).getEntry(START);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** More distinct states than a dense solve is allowed to handle. */
    public static final class TooManyStatesException extends RuntimeException {
        TooManyStatesException(int limit) {
            super("The paths have more than " + limit + " Markov states");
        }
    }
}
