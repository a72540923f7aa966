package dev.marketingops.plumbing.inbox;

/** A record that can never be applied as it is: malformed, schema-invalid or of an unknown type. */
public class UnusableEventException extends RuntimeException {

    private final String reasonCode;

    public UnusableEventException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
