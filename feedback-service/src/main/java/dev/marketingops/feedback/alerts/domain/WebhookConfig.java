package dev.marketingops.feedback.alerts.domain;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Where alerts are delivered (webhooks with their signing secrets) and how often delivery is retried; see {@link AlertConfig}. */
public interface WebhookConfig {

    /** Webhooks by name; none configured means alerts are events only. */
    Map<String, Endpoint> endpoints();

    /** Attempts in all before a delivery is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed attempt; doubles with each further failure up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How often due deliveries are looked for. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** Deadline of one attempt: connecting, sending and reading the whole answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Deliveries claimed per poll of one webhook. */
    @WithDefault("20")
    int batchSize();

    /**
     * How long a delivery to a webhook this replica does not know waits before this replica tries (and in the end
     * dead-letters) it: a replica started without its webhook config (a Secret missing in a rollout) must not use up the
     * attempts of deliveries the other replicas can make.
     */
    @WithDefault("PT24H")
    Duration unconfiguredGrace();

    /** How long delivered and dead rows are kept (with their payloads) after they finished. */
    @WithDefault("P30D")
    Duration retention();

    /** One receiver: its URL and the secret its signatures are made with. */
    interface Endpoint {
        /** An absolute http(s) URL; checked at startup (it may hold a token, so it is never logged or stored). */
        String url();

        String secret();
    }
}
