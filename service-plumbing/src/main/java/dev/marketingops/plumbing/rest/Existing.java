package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.ProblemException;

/** Turns a missing aggregate into the right client answer: 404 for a path id, 422 for an id named in a body. */
public final class Existing {

    private Existing() {
    }

    /** For ids in the URL path: the resource itself is missing. */
    public static <T> T orNotFound(T entity, String what, Object id) {
        if (entity == null) {
            throw ProblemException.notFound(what, id);
        }
        return entity;
    }

    /** For ids in a request body: the request refers to something unknown. */
    public static <T> T orInvalid(T entity, String field, String what, Object id) {
        if (entity == null) {
            throw ProblemException.invalidField(field, what + " " + id + " does not exist");
        }
        return entity;
    }
}
