package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: a resource's version is its ETag, and If-Match must name the current one. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * An absent If-Match is accepted (last write wins); a stale one is 412, so a client never overwrites blindly. The
     * comparison is strong (RFC 9110 13.1.1): a weak tag such as {@code W/"3"} never matches, even with the current version.
     */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            return;
        }
        String current = '"' + Long.toString(currentVersion) + '"';
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " is stale; the current ETag is " + current);
    }
}
