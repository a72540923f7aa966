package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.feedback.privacy.domain.ErasureRecord;
import dev.marketingops.feedback.privacy.domain.ServiceErasure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An erasure request as a privacy officer follows it: overall status and each service's part; never the customer. */
public record ErasureRequestView(
        @Schema(description = "The request's id, also the requestId of its CustomerErasureRequested") UUID requestId,
        @Schema(description = "PENDING until every service is DONE, then COMPLETED") ErasureRecord.Status status,
        @Schema(description = "When it was asked for: here, or requestedAt of a request another tool published") Instant requestedAt,
        @Schema(description = "Who asked: the caller here, or requestedBy of a request another tool published") String requestedBy,
        @Schema(description = "When the last service finished; null while one is pending", nullable = true) Instant completedAt,
        @Schema(description = "Feedback records this service erased for the request") long erasedFeedback,
        List<ServiceStatus> services) {

    static ErasureRequestView of(ErasureRecord record) {
        return new ErasureRequestView(record.id, record.status(), record.requestedAt, record.requestedBy,
                record.completedAt(), record.erasedFeedback, record.services.stream().map(ServiceStatus::of).toList());
    }

    /** One service's part: DONE with the time it erased the customer, or PENDING. */
    public record ServiceStatus(
            @Schema(description = "The service, e.g. feedback or metrics") String service,
            ServiceErasure.Status status,
            @Schema(description = "When the service erased the customer; null while pending", nullable = true) Instant completedAt) {

        static ServiceStatus of(ServiceErasure erasure) {
            return new ServiceStatus(erasure.service(), erasure.status(), erasure.completedAt());
        }
    }
}
