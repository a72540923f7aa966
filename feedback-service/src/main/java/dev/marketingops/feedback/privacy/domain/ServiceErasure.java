package dev.marketingops.feedback.privacy.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One service's part of an erasure request: pending until the service announces it has erased the customer. */
@Embeddable
public class ServiceErasure {

    /** Where one service's erasure stands. */
    public enum Status {
        PENDING,
        DONE
    }

    private String service;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant completedAt;

    protected ServiceErasure() {
        // for Hibernate
    }

    private ServiceErasure(String service, Status status, Instant completedAt) {
        this.service = service;
        this.status = status;
        this.completedAt = completedAt;
    }

    static ServiceErasure done(String service, Instant at) {
        return new ServiceErasure(service, Status.DONE, at);
    }

    static ServiceErasure pending(String service) {
        return new ServiceErasure(service, Status.PENDING, null);
    }

    public String service() {
        return service;
    }

    public Status status() {
        return status;
    }

    /** When the service erased the customer; null while pending. */
    public Instant completedAt() {
        return completedAt;
    }

    public boolean done() {
        return status == Status.DONE;
    }
}
