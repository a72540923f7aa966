package dev.marketingops.stack;

import dev.marketingops.infra.FreePorts;

/** Picks each port: the documented default when it is free, else a free one below the ephemeral range (and says so). */
final class Ports {

    private Ports() {
    }

    static int preferredOrFree(String what, int preferred) {
        if (FreePorts.isFree(preferred)) {
            return preferred;
        }
        int chosen = FreePorts.any();
        System.out.printf("  %s: port %d is taken, using %d%n", what, preferred, chosen);
        return chosen;
    }
}
