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

    /**
     * Only the canonical 8-4-4-4-12 hex form; {@link UUID#fromString} would also take shorter groups. Digits through a
     * table, as the JDK's own parser does: this runs twice per record (the event id and the campaign id).
     */
    static UUID canonicalUuid(byte[] s, int from, int to) {
        if (to - from != 36 || s[from + 8] != '-' || s[from + 13] != '-' || s[from + 18] != '-' || s[from + 23] != '-') {
            return null;
        }
        long a = hex(s, from, 8);
        long b = hex(s, from + 9, 4);
        long c = hex(s, from + 14, 4);
        long d = hex(s, from + 19, 4);
        long e = hex(s, from + 24, 12);
        return (a | b | c | d | e) < 0 ? null : new UUID(a << 32 | b << 16 | c, d << 48 | e);
    }

    /** The value of {@code n} (at most 15) hex digits at {@code at}, or -1 if any is not one. */
    private static long hex(byte[] s, int at, int n) {
        long v = 0;
        int bad = 0;
        for (int i = at; i < at + n; i++) {
            int d = NIBBLES[s[i] & 0xFF];
            bad |= d;
            v = v << 4 | d;
        }
        return bad < 0 ? -1 : v;
    }

    private static final byte[] NIBBLES = nibbles();

    private static byte[] nibbles() {
        byte[] table = new byte[256];
        Arrays.fill(table, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            table[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            table[c] = (byte) (c - 'a' + 10);
            table[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
        }
        return table;
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
