package dev.marketingops.plumbing.idempotency;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.Optional;

/** A client's Idempotency-Key header: absent, or 1 to 200 printable characters; anything else is a 400 naming it. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    /** The key a request carries, if any; a blank header counts as none, as most clients send it when unset. */
    public static Optional<IdempotencyKey> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.trim();
        if (key.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ProblemException.badRequest(HEADER, "must contain printable characters only");
        }
        return Optional.of(new IdempotencyKey(key));
    }
}
