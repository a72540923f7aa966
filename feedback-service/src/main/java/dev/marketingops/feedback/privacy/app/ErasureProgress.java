package dev.marketingops.feedback.privacy.app;

import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.privacy.domain.ErasureConfig;
import dev.marketingops.feedback.privacy.domain.ErasureRecord;
import dev.marketingops.plumbing.rest.Existing;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Tracks each erasure request until every expected service has announced its erasure, and counts what is overdue. */
@ApplicationScoped
public class ErasureProgress {

    private final CustomerPseudonyms pseudonyms;
    private final ErasureConfig config;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    public ErasureProgress(CustomerPseudonyms pseudonyms, ErasureConfig config, Clock clock, MeterRegistry registry) {
        this.pseudonyms = pseudonyms;
        this.config = config;
        this.clock = clock;
        Gauge.builder("marketingops.feedback.erasure.requests.pending", pending, AtomicLong::get)
                .description("Erasure requests made here with a service that has not announced its erasure yet")
                .register(registry);
        Gauge.builder("marketingops.feedback.erasure.requests.overdue", overdue, AtomicLong::get)
                .description("Erasure requests still pending after marketingops.feedback.privacy.erasure.overdue-after")
                .register(registry);
    }

    /** Records the request in the erasure's transaction: feedback done, every expected service pending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ErasureRecord open(UUID requestId, String customerRef, Instant requestedAt, String requestedBy, long erased) {
        return ErasureRecord.open(requestId, pseudonyms.current(customerRef), requestedAt, requestedBy, erased,
                config.expectedServices());
    }

    /** The request with its per-service status; 404 when no request with this id was made here. */
    @Transactional
    public ErasureRecord find(UUID requestId) {
        return Existing.orNotFound(ErasureRecord.<ErasureRecord>findById(requestId), "Erasure request", requestId);
    }

    /** Marks the service done, in the consumer's inbox transaction; false when the request is not one made here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(UUID requestId, String service, Instant completedAt) {
        return ErasureRecord.complete(requestId, service, completedAt);
    }

    /** Recounts the gauges, so operations can alert on erasures that did not reach every service in time. */
    @Scheduled(every = "${marketingops.feedback.privacy.erasure.backlog-interval:PT1M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void recount() {
        ErasureRecord.Backlog backlog = ErasureRecord.backlog(clock.instant().minus(config.overdueAfter()));
        pending.set(backlog.pending());
        overdue.set(backlog.overdue());
    }
}
