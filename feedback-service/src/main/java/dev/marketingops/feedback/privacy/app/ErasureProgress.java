package dev.marketingops.feedback.privacy.app;

import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.privacy.domain.ErasureConfig;
import dev.marketingops.feedback.privacy.domain.ErasureRecord;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.transaction.TransactionLocks;
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
    private final TransactionLocks locks;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    public ErasureProgress(CustomerPseudonyms pseudonyms, ErasureConfig config, Clock clock, TransactionLocks locks,
                           MeterRegistry registry) {
        this.pseudonyms = pseudonyms;
        this.config = config;
        this.clock = clock;
        this.locks = locks;
        Gauge.builder("marketingops.feedback.erasure.requests.pending", pending, AtomicLong::get)
                .description("Erasure requests recorded here (made here or read from privacy.erasure) with a service that "
                        + "has not announced its erasure yet")
                .register(registry);
        Gauge.builder("marketingops.feedback.erasure.requests.overdue", overdue, AtomicLong::get)
                .description("Erasure requests still pending after marketingops.feedback.privacy.erasure.overdue-after")
                .register(registry);
    }

    /** Records the request in the erasure's transaction: feedback done, every expected service pending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ErasureRecord open(UUID requestId, String customerRef, Instant requestedAt, String requestedBy, long erased) {
        return ErasureRecord.open(requestId, pseudonyms.current(customerRef), requestedAt, requestedBy, erased,
                config.expectedServices(), requestedAt);
    }

    /**
     * Records a request read from privacy.erasure in the consumer's inbox transaction, after feedback's erasure: one
     * another tool published is tracked as one made here (feedback done now), with the completions that overtook it
     * applied. One already recorded (ours coming back, the same request published again) is left as it is. Answers
     * whether it was recorded now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean track(CustomerErasureRequested request, long erased) {
        locks.hold(lockName(request.requestId()));
        if (ErasureRecord.recorded(request.requestId())) {
            return false;
        }
        ErasureRecord.open(request.requestId(), pseudonyms.current(request.customerRef()), request.requestedAt(),
                request.requestedBy(), erased, config.expectedServices(), clock.instant());
        ErasureRecord.applyEarlyCompletions(request.requestId());
        return true;
    }

    /** The request with its per-service status; 404 when no request with this id is recorded here. */
    @Transactional
    public ErasureRecord find(UUID requestId) {
        return Existing.orNotFound(ErasureRecord.<ErasureRecord>findById(requestId), "Erasure request", requestId);
    }

    /**
     * Marks the service done, in the consumer's inbox transaction. Answers false when the request is not recorded yet:
     * the completion is kept and applied when the request is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(UUID requestId, String service, Instant completedAt) {
        locks.hold(lockName(requestId));
        if (ErasureRecord.complete(requestId, service, completedAt)) {
            return true;
        }
        ErasureRecord.keepEarlyCompletion(requestId, service, completedAt);
        return false;
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

    /**
     * The request's lock, taken by both consumers before they look for the request: without it a completion could be
     * kept just as the request, not seeing it yet, is recorded, and never be applied.
     */
    private static String lockName(UUID requestId) {
        return "erasure-request\n" + requestId;
    }
}
