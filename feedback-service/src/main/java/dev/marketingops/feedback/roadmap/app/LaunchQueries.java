package dev.marketingops.feedback.roadmap.app;

import dev.marketingops.feedback.roadmap.domain.TrackedLaunch;
import dev.marketingops.plumbing.rest.Existing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Read side of the launches learned from roadmap.launches. */
@ApplicationScoped
public class LaunchQueries {

    /** The tracked launch; 404 when no event about it has arrived. */
    @Transactional
    public TrackedLaunch launch(UUID launchId) {
        return Existing.orNotFound(TrackedLaunch.<TrackedLaunch>findById(launchId), "Launch", launchId);
    }
}
