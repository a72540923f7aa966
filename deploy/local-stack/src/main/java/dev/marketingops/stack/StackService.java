package dev.marketingops.stack;

import java.util.List;
import java.util.Locale;

/** One of the four services as the local stack runs it: module, database and preferred port. */
public record StackService(String name, String database, int preferredPort) {

    public static final List<StackService> ALL = List.of(
            new StackService("roadmap-service", "roadmap", 8081),
            new StackService("campaign-service", "campaign", 8082),
            new StackService("metrics-service", "metrics", 8083),
            new StackService("feedback-service", "feedback", 8084));

    /** The web console: no database of its own, started after the four services it calls. */
    public static final StackService CONSOLE = new StackService("console", "", 8080);

    /** Environment variable prefix for this service's URL in stack.env, e.g. ROADMAP_URL or CONSOLE_URL. */
    public String envName() {
        int dash = name.indexOf('-');
        return (dash < 0 ? name : name.substring(0, dash)).toUpperCase(Locale.ROOT) + "_URL";
    }
}
