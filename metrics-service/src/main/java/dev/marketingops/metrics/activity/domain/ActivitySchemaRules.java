package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The ActivityRecorded schema's value rules as both fast readers apply them: the same bounds (which keep a rollup
 * cell's sum within its bigint and numeric(38,6) columns), enum names, currency codes and canonical UUIDs. A value
 * outside them makes a reader hand the record to the codec, which names the reason.
 */
final class ActivitySchemaRules {

    static final Map<String, Channel> CHANNELS = lookup(Channel.values());
    static final Map<String, ActivityKind> KINDS = lookup(ActivityKind.values());
    static final Map<String, JourneyStage> STAGES = lookup(JourneyStage.values());
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

    private static <E extends Enum<E>> Map<String, E> lookup(E[] values) {
        Map<String, E> map = new HashMap<>();
        for (E e : values) {
            map.put(e.name(), e);
        }
        return Map.copyOf(map);
    }
}
