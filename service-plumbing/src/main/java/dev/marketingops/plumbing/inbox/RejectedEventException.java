package dev.marketingops.plumbing.inbox;

/** Thrown by a handler for a well-formed event that can never be applied (e.g. it names an unknown aggregate). */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String message) {
        super(message);
    }
}
