package dev.marketingops.plumbing.retention;

import java.time.Duration;
import java.util.regex.Pattern;

/** A table whose rows expire once {@code timeColumn} (indexed; null keeps a row) is older than {@code retention}. */
public record RetentionRule(String name, String table, String timeColumn, Duration retention) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public RetentionRule {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + table + "." + timeColumn);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException(name + ": retention must be positive, was " + retention);
        }
    }
}
