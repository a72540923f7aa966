package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.ActivityFastReader;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The activity feature's keys, {@code marketingops.metrics.activity.*} (defaults in application.properties, listed in the README). */
@ConfigMapping(prefix = "marketingops.metrics.activity")
public interface ActivitySettings {

    /** The topic the stream counts (marketing.activity). */
    String topic();

    /** The stream's consumer group (its positions live in PostgreSQL, never in the group). */
    String groupId();

    /** Records per poll. */
    int maxPollRecords();

    /** While a batch commits, polls gather into the next one up to this many records. */
    int maxBatchRecords();

    /** How long after counting an event id is recognised again (in memory, bounded by {@link #dedupMaxIds()}). */
    Duration dedupHorizon();

    /** Ids the window holds at most; beyond it the oldest go first. */
    long dedupMaxIds();

    /** Whether the stream starts with the service (tests and the benchmark start and stop it themselves). */
    boolean enabled();

    /** Which fast reader decodes the usual record before the codec is asked: jackson or hand-written. */
    ActivityFastReader fastReader();
}
