package dev.tally.cli;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled. */
final class Csv {
    private final PrintWriter out;

    Csv(PrintWriter out) {
        this.out = out;
    }

    void row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) line.append(',');
            Object f = fields.get(k);
            String s = f == null ? "" : f.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            line.append(s);
        }
        out.print(line.append("\r\n"));
    }
}
