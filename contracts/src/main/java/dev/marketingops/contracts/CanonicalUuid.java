package dev.marketingops.contracts;

import java.util.UUID;

/** The one text form of an id the services and the console take: 8-4-4-4-12 ASCII hex digits, either case. */
public final class CanonicalUuid {

    // UUID.fromString also takes short groups (1-2-3-4-5 is 00000001-0002-0003-0004-000000000005), so a malformed id
    // would look up another one. Here, not in service-plumbing, because the console reads ids too and has no plumbing.

    /** A canonical UUID's length: 32 hex digits and 4 dashes. */
    public static final int LENGTH = 36;

    private CanonicalUuid() {
    }

    /** {@code value} as a UUID when it is exactly 8-4-4-4-12 ASCII hex digits (either case), otherwise null. */
    public static UUID parse(String value) {
        if (value == null || value.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return null;
            }
        }
        return UUID.fromString(value);
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
