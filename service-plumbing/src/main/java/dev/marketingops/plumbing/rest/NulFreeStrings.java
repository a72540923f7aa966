package dev.marketingops.plumbing.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/** Reads JSON text like Jackson does, but refuses a NUL character, which PostgreSQL cannot store in text. */
public class NulFreeStrings extends StringDeserializer {

    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (value != null && value.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(p, MESSAGE, value.replace('\0', '\uFFFD'), String.class);
        }
        return value;
    }
}
