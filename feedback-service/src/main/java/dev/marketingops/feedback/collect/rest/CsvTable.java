package dev.marketingops.feedback.collect.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.marketingops.plumbing.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV read by Jackson's CSV parser into rows of cells, each row with the line it starts on. */
final class CsvTable {

    /** No schema: every row comes as an array of strings; comma, double quote, no escape character, no comments. */
    private static final CsvFactory CSV = CsvFactory.builder().build();

    private CsvTable() {
    }

    /** A parsed row: the line it starts on (1-based) and its cells. */
    record Row(int line, List<String> cells) {
    }

    /**
     * The rows of {@code csv}, blank lines left out; a file the parser cannot read (a quoted value never closed, text
     * after a closing quote) is a 400 naming {@code body} and the line, so no row is stored from a misread file.
     */
    static List<Row> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = CSV.createParser(text)) {
            try {
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    List<String> cells = new ArrayList<>();
                    int line = 0;
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        // A row's first cell starts where the row does, before any line break inside quotes.
                        line = cells.isEmpty() ? parser.currentTokenLocation().getLineNr() : line;
                        cells.add(parser.getText());
                    }
                    addUnlessBlank(rows, line, cells);
                }
            } catch (JsonProcessingException e) {
                throw unreadable(e, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is read without I/O; only parse errors above are expected
        }
        return rows;
    }

    private static ProblemException unreadable(JsonProcessingException e, int line) {
        String why = e.getOriginalMessage();
        if (why != null && why.contains("closing quote")) {
            // Without this refusal every later line would be read into that one value (other customers' rows too).
            return ProblemException.badRequest("body", "is not valid CSV: the quoted value that opens on line " + line
                    + " is never closed (a closing \" is missing), so every line after it would be read as part of it; "
                    + "nothing was imported");
        }
        // The parser's own words name one character at most, never a whole value.
        return ProblemException.badRequest("body", "is not valid CSV: the value that starts on line " + line + ": " + why
                + "; nothing was imported");
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (!cells.isEmpty() && !(cells.size() == 1 && cells.get(0).isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
