package dev.marketingops.feedback.collect.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import jakarta.ws.rs.core.MediaType;

/** A CSV body's bytes as text, decoded strictly, as a JSON body is: never U+FFFD stored in place of bad bytes. */
final class CsvText {

    private CsvText() {
    }

    /** The text in the Content-Type's charset (UTF-8 without one); 400 naming {@code body}, line and byte otherwise. */
    static String decode(byte[] bytes, MediaType type) {
        Charset charset = charset(type);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes == null ? new byte[0] : bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw ProblemException.badRequest("body", "is not valid " + charset.name() + ": line " + lineOf(out)
                    + ", byte " + (at + 1) + " (decode the export as " + charset.name() + " or say its charset in Content-Type)");
        }
        return out.flip().toString();
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "Unsupported Media Type", "charset '" + name + "' is not supported; send UTF-8",
                    null, null);
        }
    }

    /** The 1-based line the decoding stopped on: the line breaks among the characters decoded before it. */
    private static int lineOf(CharBuffer decoded) {
        int line = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
