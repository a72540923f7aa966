package dev.marketingops.feedback.roadmap.domain;

import dev.marketingops.contracts.common.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;

/** Feedback about a tracked launch also counts for the launch's product and roadmap item, when the sender left them out. */
@ApplicationScoped
public class LaunchLinks {

    public SubjectRef complete(SubjectRef subject) {
        if (subject.launchId() == null || (subject.productId() != null && subject.roadmapItemId() != null)) {
            return subject;
        }
        TrackedLaunch launch = TrackedLaunch.findById(subject.launchId());
        if (launch == null) {
            return subject;
        }
        return new SubjectRef(subject.productId() != null ? subject.productId() : launch.productId, subject.launchId(),
                subject.campaignId(), subject.roadmapItemId() != null ? subject.roadmapItemId() : launch.itemId);
    }
}
