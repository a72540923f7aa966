package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * {@link ActivityFastReader#HAND_WRITTEN}'s payload reader: one pass over the JSON bytes ({@link FlatJson}) with no
 * parser object and no field-name strings; null whenever something is not plainly valid.
 */
final class HandWrittenActivityReader {

    private static final int CAMPAIGN_ID = 1;
    private static final int CHANNEL = 2;
    private static final int KIND = 4;
    private static final int COUNT = 8;
    private static final int AMOUNT = 16;
    private static final int CURRENCY = 32;
    private static final int OCCURRED_AT = 64;
    private static final int JOURNEY_STAGE = 128;
    private static final int CUSTOMER_REF = 256;
    private static final byte[][] FIELD_NAMES = {bytes("campaignId"), bytes("channel"), bytes("kind"), bytes("count"),
            bytes("amount"), bytes("currency"), bytes("occurredAt"), bytes("journeyStage"), bytes("customerRef")};

    private HandWrittenActivityReader() {
    }

    /** The payload, or null when something about it is not plainly valid. */
    static ActivityRecorded payload(byte[] value) {
        UUID campaignId = null;
        Channel channel = null;
        ActivityKind kind = null;
        Long count = null;
        BigDecimal amount = null;
        String currency = null;
        Instant occurredAt = null;
        JourneyStage stage = null;
        String customerRef = null;
        int seen = 0;
        FlatJson json = new FlatJson(value);
        if (!json.consume('{')) {
            return null;
        }
        boolean first = true;
        while (!json.consume('}')) {
            if (!first && !json.consume(',')) {
                return null;
            }
            first = false;
            int bit = json.string() ? fieldBit(json) : 0;
            if (bit == 0 || (seen & bit) != 0 || !json.consume(':')) {
                return null; // an unknown or repeated field: the full codec decides
            }
            seen |= bit;
            if (bit == COUNT || bit == AMOUNT) {
                if (!json.plainNumber(bit == AMOUNT)) {
                    return null;
                }
                if (bit == COUNT) {
                    count = json.numberAsLong(); // at most 18 digits: always fits
                } else {
                    amount = new BigDecimal(json.text());
                }
                if (bit == COUNT ? !ActivitySchemaRules.countInBounds(count) : !ActivitySchemaRules.amountInBounds(amount)) {
                    return null; // out of the schema's bounds, or a scale the codec must judge (1.0000000 is valid)
                }
                continue;
            }
            if (bit == CUSTOMER_REF && json.consumeNull()) {
                continue;
            }
            if (!json.string()) {
                return null;
            }
            switch (bit) {
                case CAMPAIGN_ID -> campaignId = ActivitySchemaRules.canonicalUuid(value, json.from, json.to);
                case CHANNEL -> channel = ActivitySchemaRules.CHANNELS.of(value, json.from, json.to);
                case KIND -> kind = ActivitySchemaRules.KINDS.of(value, json.from, json.to);
                case CURRENCY -> currency = ActivitySchemaRules.isCurrency(value, json.from, json.to) ? json.text() : null;
                case OCCURRED_AT -> occurredAt = Rfc3339.parse(value, json.from, json.to);
                case JOURNEY_STAGE -> stage = ActivitySchemaRules.STAGES.of(value, json.from, json.to);
                default -> customerRef = json.to > json.from && json.to - json.from <= ActivitySchemaRules.MAX_CUSTOMER_REF
                        ? json.text() : null;
            }
            if (campaignId == null && bit == CAMPAIGN_ID || channel == null && bit == CHANNEL || kind == null && bit == KIND
                    || currency == null && bit == CURRENCY || occurredAt == null && bit == OCCURRED_AT
                    || stage == null && bit == JOURNEY_STAGE || customerRef == null && bit == CUSTOMER_REF) {
                return null;
            }
        }
        if (!json.atEnd() || campaignId == null || channel == null || kind == null || occurredAt == null || stage == null
                || !ActivitySchemaRules.moneyFieldsFit(kind, amount, currency, (seen & (AMOUNT | CURRENCY)) != 0)) {
            return null;
        }
        return new ActivityRecorded(campaignId, channel, kind, count, amount, currency, occurredAt, stage, customerRef);
    }

    /** The bit of the field name the scanner just read, or 0 for a name this reader does not know. */
    private static int fieldBit(FlatJson json) {
        for (int i = 0; i < FIELD_NAMES.length; i++) {
            if (Arrays.equals(json.bytes, json.from, json.to, FIELD_NAMES[i], 0, FIELD_NAMES[i].length)) {
                return 1 << i;
            }
        }
        return 0;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
