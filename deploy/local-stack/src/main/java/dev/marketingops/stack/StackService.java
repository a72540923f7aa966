package dev.marketingops.stack;

import java.util.List;

/** One of the four services as the local stack runs it: module, database and preferred port. */
public record StackService(String name, String database, int preferredPort) {

    public static final List<StackService> ALL = List.of(
            new StackService("roadmap-service", "roadmap", 8081),
            new StackService("campaign-service", "campaign", 8082),
            new StackService("metrics-service", "metrics", 8083),
            new StackService("feedback-service", "feedback", 8084));

    /** Environment variable prefix for this service's URL in stack.env, e.g. ROADMAP_URL. */
    public String envName() {
        return name.substring(0, name.indexOf('-')).toUpperCase() + "_URL";
    }
}
