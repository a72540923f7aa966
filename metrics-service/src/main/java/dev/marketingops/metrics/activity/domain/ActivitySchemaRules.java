package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * The ActivityRecorded schema's value rules as both fast readers apply them: the same bounds (which keep a rollup
 * cell's sum within its bigint and numeric(38,6) columns), enum names, currency codes and canonical UUIDs. A value
 * outside them makes a reader hand the record to the codec, which names the reason.
 */
final class ActivitySchemaRules {

    static final EnumNames<Channel> CHANNELS = new EnumNames<>(Channel.values());
    static final EnumNames<ActivityKind> KINDS = new EnumNames<>(ActivityKind.values());
    static final EnumNames<JourneyStage> STAGES = new EnumNames<>(JourneyStage.values());
    static final int MAX_CUSTOMER_REF = 200;
    private static final long MAX_COUNT = 1_000_000_000L;
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.valueOf(1_000_000_000_000L);
    private static final int MAX_AMOUNT_SCALE = 6;

    private ActivitySchemaRules() {
    }

    static boolean countInBounds(long count) {
        return count >= 1 && count <= MAX_COUNT;
    }

    /** Below 10^12, not negative, at most 6 decimals (a longer scale such as 1.0000000 is left to the codec). */
    static boolean amountInBounds(BigDecimal amount) {
        return amount.signum() >= 0 && amount.scale() <= MAX_AMOUNT_SCALE && amount.compareTo(AMOUNT_LIMIT) < 0;
    }

    /** Three upper-case ASCII letters at {@code from}. */
    static boolean isCurrency(byte[] s, int from, int to) {
        return to - from == 3 && isUpper(s[from]) && isUpper(s[from + 1]) && isUpper(s[from + 2]);
    }

    /** amount and currency are there for SPEND and REVENUE, and absent for every other kind. */
    static boolean moneyFieldsFit(ActivityKind kind, BigDecimal amount, String currency, boolean anyMoneyField) {
        boolean money = kind == ActivityKind.SPEND || kind == ActivityKind.REVENUE;
        return money ? amount != null && currency != null : !anyMoneyField;
    }

    /** Only the canonical 8-4-4-4-12 hex form; {@link UUID#fromString} would also take shorter groups. */
    static UUID canonicalUuid(byte[] s, int from, int to) {
        if (to - from != 36) {
            return null;
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            int c = s[from + i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return null;
            }
            if (digits < 16) {
                hi = hi << 4 | d;
            } else {
                lo = lo << 4 | d;
            }
            digits++;
        }
        return new UUID(hi, lo);
    }

    private static boolean isUpper(byte c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * An enum's constants by their names' ASCII bytes: a few constants, compared in place, cost less than a string per
     * field and a hash lookup (the three enum fields were a tenth of the reader's time).
     */
    static final class EnumNames<E extends Enum<E>> {

        private final E[] values;
        private final byte[][] names;

        EnumNames(E[] values) {
            this.values = values;
            this.names = new byte[values.length][];
            for (int i = 0; i < values.length; i++) {
                names[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
            }
        }

        /** The constant named exactly {@code s[from, to)}, or null. */
        E of(byte[] s, int from, int to) {
            for (int i = 0; i < names.length; i++) {
                byte[] name = names[i];
                if (name.length == to - from && Arrays.equals(s, from, to, name, 0, name.length)) {
                    return values[i];
                }
            }
            return null;
        }
    }
}
