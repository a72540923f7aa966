package dev.marketingops.feedback.privacy.app;

import dev.marketingops.feedback.privacy.domain.ErasureConfig;
import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Registers the completions kept for requests not read yet with the shared retention purge: one whose request never
 * came within the retention (a request no one published here, a completion sent in error) goes then.
 */
@ApplicationScoped
public class EarlyCompletionPurge {

    public static final String RULE = "early-erasure-completion";

    @Produces
    @Singleton
    RetentionRule earlyCompletions(ErasureConfig config) {
        return new RetentionRule(RULE, "early_erasure_completion", "received_at", config.earlyCompletionRetention());
    }
}
