package dev.marketingops.metrics.activity.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format (header, tuples, trailer), buffered in chunks the caller takes and sends with
 * {@link #send}: the server reads binary values without parsing text or unnesting arrays.
 */
public final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix microseconds. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    /** 2000-01-01, PostgreSQL's date epoch, as an epoch day. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);
    private static final short NUMERIC_NEGATIVE = 0x4000;

    private byte[] buffer;
    private int size;
    private int rows;

    public BinaryCopyRows(int initialBytes) {
        buffer = new byte[Math.max(initialBytes, 64)];
        bytes(SIGNATURE);
        int4(0); // flags: no OIDs
        int4(0); // header extension length
    }

    /** Starts a row of {@code fields} values, which the calls that follow append in column order. */
    public BinaryCopyRows row(int fields) {
        int2(fields);
        rows++;
        return this;
    }

    public BinaryCopyRows int8(long value) {
        int4(8);
        long8(value);
        return this;
    }

    public BinaryCopyRows uuid(UUID id) {
        return uuid(id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    /** A uuid from its two halves, as {@link UUID#getMostSignificantBits} and {@link UUID#getLeastSignificantBits}. */
    public BinaryCopyRows uuid(long high, long low) {
        int4(16);
        long8(high);
        long8(low);
        return this;
    }

    /** A timestamptz, rounded half up to the microsecond, the column's precision. */
    public BinaryCopyRows timestamp(Instant at) {
        return timestampMicros(epochMicros(at));
    }

    /** A timestamptz given in Unix microseconds ({@link #epochMicros}). */
    public BinaryCopyRows timestampMicros(long epochMicros) {
        return int8(epochMicros - POSTGRES_EPOCH_MICROS);
    }

    /** Unix microseconds of {@code at}, rounded half up as a timestamptz column stores it. */
    public static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
    }

    public BinaryCopyRows date(LocalDate day) {
        int4(4);
        int4(Math.toIntExact(day.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    public BinaryCopyRows bool(boolean value) {
        int4(1);
        room(1);
        buffer[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    public BinaryCopyRows bytea(byte[] value) {
        int4(value.length);
        bytes(value);
        return this;
    }

    /** Text (or an enum's label, which the server looks up); null writes SQL NULL. */
    public BinaryCopyRows text(String s) {
        if (s == null) {
            int4(-1);
            return this;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int4(utf8.length);
        bytes(utf8);
        return this;
    }

    /**
     * numeric's binary form (null writes SQL NULL): digit count, weight (base-10,000 exponent of the first digit), sign,
     * display scale, then base-10,000 digits. The server applies the column's typmod (rounding to its scale, refusing
     * an overflow) as it does for any other input.
     */
    public BinaryCopyRows numeric(BigDecimal value) {
        if (value == null) {
            int4(-1);
            return this;
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
        int4(8 + 2 * digits.size());
        int2(digits.size());
        int2(weight);
        int2(value.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        int2(scale);
        for (short d : digits) {
            int2(d);
        }
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Bytes buffered since the last {@link #take}. */
    public int buffered() {
        return size;
    }

    /** The bytes buffered so far, which the caller sends next; the buffer starts again empty. */
    public byte[] take() {
        byte[] chunk = Arrays.copyOf(buffer, size);
        size = 0;
        return chunk;
    }

    /** Appends the trailer: after it, {@link #take} returns the stream's last bytes. */
    public void end() {
        int2(-1);
    }

    /** Runs {@code copy} (a {@code COPY ... FROM STDIN (FORMAT BINARY)}) on {@code c}, sending {@code chunks} in order. */
    public static void send(Connection c, String copy, List<byte[]> chunks) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        try {
            for (byte[] chunk : chunks) {
                in.writeToCopy(chunk, 0, chunk.length);
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void int2(int v) {
        room(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int4(int v) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (v >>> shift);
        }
    }

    private void long8(long v) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (v >>> shift);
        }
    }

    private void bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
    }

    private void room(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
