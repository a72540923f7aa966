package dev.marketingops.roadmap.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock "today" and "now" come from, injectable so time-dependent rules are testable. */
@ApplicationScoped
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
