package dev.marketingops.roadmap.objectives.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The objective calendar's schedule and batch ({@code marketingops.roadmap.objectives.calendar.*}). */
@ConfigMapping(prefix = "marketingops.roadmap.objectives.calendar")
public interface CalendarSettings {

    /** How often it runs (a duration, or {@code off}); read by {@code @Scheduled}, declared here once. */
    String every();

    /** Its first run after the start; read by {@code @Scheduled}. */
    String delay();

    /** Objectives locked and settled per transaction. */
    @WithDefault("500")
    int batchSize();
}
