package dev.marketingops.metrics.journeys.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Touchpoint rows in PostgreSQL's binary COPY format (header, tuples, trailer), in the column order of {@link #COLUMNS},
 * buffered in chunks the caller takes and sends: the server reads binary values without parsing any text.
 */
final class TouchpointCopyRows {

    static final String COLUMNS =
            "(occurred_at, count, customer_key, campaign_id, channel, kind, journey_stage, amount, currency)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix microseconds. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);
    private static final short NUMERIC_NEGATIVE = 0x4000;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;
    private int rows;

    TouchpointCopyRows() {
        bytes = new ByteArrayOutputStream(64 * 1024);
        out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags: no OIDs
            out.writeInt(0); // header extension length
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one row; {@code amount} and {@code currency} may be null. */
    void add(Instant at, long count, UUID customer, UUID campaign, String channel, String kind, String stage,
             BigDecimal amount, String currency) {
        try {
            out.writeShort(9);
            out.writeInt(8);
            out.writeLong(microsSincePostgresEpoch(at));
            out.writeInt(8);
            out.writeLong(count);
            uuid(customer);
            uuid(campaign);
            text(channel);
            text(kind);
            text(stage);
            numeric(amount);
            text(currency);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rows() {
        return rows;
    }

    /** Bytes buffered since the last {@link #take}. */
    int buffered() {
        return bytes.size();
    }

    /** The bytes buffered so far, which the caller sends next; the buffer starts again empty. */
    byte[] take() {
        byte[] chunk = bytes.toByteArray();
        bytes.reset();
        return chunk;
    }

    /** Appends the trailer: after it, {@link #take} returns the stream's last bytes. */
    void end() {
        try {
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rounded half up to the microsecond, the column's precision. */
    static long microsSincePostgresEpoch(Instant at) {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
        return micros - POSTGRES_EPOCH_MICROS;
    }

    private void uuid(UUID id) throws IOException {
        out.writeInt(16);
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private void text(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * numeric's binary form: digit count, weight (base-10,000 exponent of the first digit), sign, display scale, then
     * base-10,000 digits. The server applies the column's typmod (rounding to its scale, refusing an overflow) as it
     * does for any other input.
     */
    private void numeric(BigDecimal value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        int scale = Math.max(value.scale(), 0);
        int fractionGroups = (scale + 3) / 4;
        // The unscaled digits, padded so the decimal point falls on a base-10,000 digit boundary.
        BigInteger padded = value.abs().setScale(fractionGroups * 4).unscaledValue();
        List<Short> digits = new ArrayList<>();
        while (padded.signum() > 0) {
            BigInteger[] qr = padded.divideAndRemainder(NUMERIC_BASE);
            digits.add(0, qr[1].shortValue());
            padded = qr[0];
        }
        int weight = digits.size() - fractionGroups - 1;
        while (!digits.isEmpty() && digits.get(digits.size() - 1) == 0) {
            digits.remove(digits.size() - 1); // trailing zero digits are implied, as the server stores them
        }
        if (digits.isEmpty()) {
            weight = 0;
        }
        out.writeInt(8 + 2 * digits.size());
        out.writeShort(digits.size());
        out.writeShort(weight);
        out.writeShort(value.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        out.writeShort(scale);
        for (short d : digits) {
            out.writeShort(d);
        }
    }
}
