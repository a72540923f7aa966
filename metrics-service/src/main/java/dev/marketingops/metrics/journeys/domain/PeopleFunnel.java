package dev.marketingops.metrics.journeys.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The people funnel: how many distinct customers reached each journey stage in funnel order within a window. A
 * customer reaches stage k when some touchpoint at stage 1 (at t1) is followed, at or after each previous step, by
 * touchpoints at stages 2..k, all by t1 + window; every stage-1 touchpoint is tried as the start, so a customer
 * counts at the deepest stage any start reaches (and at every stage before it).
 */
public final class PeopleFunnel {

    private PeopleFunnel() {
    }

    /** One touchpoint's journey stage (funnel position, 0-based) and event time. */
    public record StageTouch(int stage, Instant at) {
    }

    /**
     * Customers per stage ({@code stages} entries) from each customer's touchpoints.
     *
     * @param customers every customer's touchpoints, each list sorted by time
     */
    public static long[] count(Iterable<List<StageTouch>> customers, int stages, Duration window) {
        long[] reached = new long[stages];
        for (List<StageTouch> touches : customers) {
            int depth = depth(touches, stages, window);
            for (int s = 0; s < depth; s++) {
                reached[s]++;
            }
        }
        return reached;
    }

    /** How many stages, from the first, the customer went through in order within the window (0 if never at stage 1). */
    static int depth(List<StageTouch> touches, int stages, Duration window) {
        int best = 0;
        for (int start = 0; start < touches.size() && best < stages; start++) {
            if (touches.get(start).stage() != 0) {
                continue;
            }
            Instant deadline = touches.get(start).at().plus(window);
            int next = 1;
            // Taking each next stage at its earliest time never hurts what can follow, so one pass suffices.
            for (int i = start + 1; i < touches.size() && next < stages; i++) {
                StageTouch t = touches.get(i);
                if (t.at().isAfter(deadline)) {
                    break;
                }
                if (t.stage() == next) {
                    next++;
                }
            }
            best = Math.max(best, next);
        }
        return best;
    }
}
