package dev.marketingops.feedback.collect.rest;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; rows keep their starting line. */
final class CsvTable {

    private CsvTable() {
    }

    /** A parsed row: the line it starts on (1-based) and its cells. */
    record Row(int line, List<String> cells) {
    }

    static List<Row> parse(String csv) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (!(cells.size() == 1 && cells.get(0).isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
