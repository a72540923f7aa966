package dev.marketingops.metrics.activity.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.marketingops.contracts.ContractJson;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@link ActivityFastReader#JACKSON}'s payload reader: Jackson's streaming {@link JsonParser} (from the contract
 * mapper's factory, so the same JSON grammar and limits as the codec) with the schema's rules applied token by token;
 * null for an unknown or repeated field, a number in exponent form or out of bounds, a non-ASCII value, and any
 * error the parser raises.
 */
final class JacksonActivityReader {

    private static final JsonFactory FACTORY = ContractJson.mapper().getFactory();
    private static final int CAMPAIGN_ID = 1;
    private static final int CHANNEL = 2;
    private static final int KIND = 4;
    private static final int COUNT = 8;
    private static final int AMOUNT = 16;
    private static final int CURRENCY = 32;
    private static final int OCCURRED_AT = 64;
    private static final int JOURNEY_STAGE = 128;
    private static final int CUSTOMER_REF = 256;

    private JacksonActivityReader() {
    }

    /** The payload, or null when something about it is not plainly valid. */
    static ActivityRecorded payload(byte[] value) {
        try (JsonParser parser = FACTORY.createParser(value)) {
            return read(parser);
        } catch (IOException e) {
            return null; // not JSON, or not the JSON this reader takes: the codec names the reason
        }
    }

    private static ActivityRecorded read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
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
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            int bit = bit(name);
            if (bit == 0 || (seen & bit) != 0) {
                return null; // an unknown or repeated field: the full codec decides
            }
            seen |= bit;
            JsonToken token = p.nextToken();
            if (bit == CUSTOMER_REF && token == JsonToken.VALUE_NULL) {
                continue;
            }
            if (bit == COUNT) {
                if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        || !ActivitySchemaRules.countInBounds(p.getLongValue())) {
                    return null; // 3.0 is a valid count the codec must judge; out of bounds is refused there
                }
                count = p.getLongValue();
                continue;
            }
            if (bit == AMOUNT) {
                amount = plainDecimal(p, token);
                if (amount == null || !ActivitySchemaRules.amountInBounds(amount)) {
                    return null;
                }
                continue;
            }
            byte[] ascii = token == JsonToken.VALUE_STRING ? ascii(p) : null;
            if (ascii == null) {
                return null;
            }
            switch (bit) {
                case CAMPAIGN_ID -> campaignId = ActivitySchemaRules.canonicalUuid(ascii, 0, ascii.length);
                case CHANNEL -> channel = ActivitySchemaRules.CHANNELS.get(p.getText());
                case KIND -> kind = ActivitySchemaRules.KINDS.get(p.getText());
                case CURRENCY -> currency = ActivitySchemaRules.isCurrency(ascii, 0, ascii.length) ? p.getText() : null;
                case OCCURRED_AT -> occurredAt = Rfc3339.parse(ascii, 0, ascii.length);
                case JOURNEY_STAGE -> stage = ActivitySchemaRules.STAGES.get(p.getText());
                default -> customerRef = ascii.length > 0 && ascii.length <= ActivitySchemaRules.MAX_CUSTOMER_REF
                        ? p.getText() : null;
            }
            if (campaignId == null && bit == CAMPAIGN_ID || channel == null && bit == CHANNEL || kind == null && bit == KIND
                    || currency == null && bit == CURRENCY || occurredAt == null && bit == OCCURRED_AT
                    || stage == null && bit == JOURNEY_STAGE || customerRef == null && bit == CUSTOMER_REF) {
                return null;
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || campaignId == null || channel == null
                || kind == null || occurredAt == null || stage == null
                || !ActivitySchemaRules.moneyFieldsFit(kind, amount, currency, (seen & (AMOUNT | CURRENCY)) != 0)) {
            return null;
        }
        return new ActivityRecorded(campaignId, channel, kind, count, amount, currency, occurredAt, stage, customerRef);
    }

    /** Field names come canonicalized (interned) from the parser's symbol table, so this switch rarely hashes. */
    private static int bit(String name) {
        return switch (name) {
            case "campaignId" -> CAMPAIGN_ID;
            case "channel" -> CHANNEL;
            case "kind" -> KIND;
            case "count" -> COUNT;
            case "amount" -> AMOUNT;
            case "currency" -> CURRENCY;
            case "occurredAt" -> OCCURRED_AT;
            case "journeyStage" -> JOURNEY_STAGE;
            case "customerRef" -> CUSTOMER_REF;
            default -> 0;
        };
    }

    /** A JSON number as written, without exponent (1.25E1 and its scale are the codec's to judge), else null. */
    private static BigDecimal plainDecimal(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        String text = p.getText();
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0 ? null : new BigDecimal(text);
    }

    /** The current string's characters as bytes when all are printable ASCII (space to DEL), else null. */
    private static byte[] ascii(JsonParser p) throws IOException {
        char[] chars = p.getTextCharacters();
        int from = p.getTextOffset();
        byte[] bytes = new byte[p.getTextLength()];
        for (int i = 0; i < bytes.length; i++) {
            char c = chars[from + i];
            if (c < 0x20 || c > 0x7F) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }
}
