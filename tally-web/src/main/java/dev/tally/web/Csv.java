package dev.tally.web;

import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled. A text field that
 * a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return:
 * an article's words are anyone's) gets a leading apostrophe, so it shows as the text it is; numbers
 * are written as they are. Not thread-safe.
 */
public final class Csv {
    private final PrintWriter out;

    public Csv(PrintWriter out) {
        this.out = out;
    }

    public void row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) line.append(',');
            Object f = fields.get(k);
            String s = f == null ? "" : f.toString();
            if (f instanceof CharSequence && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            line.append(s);
        }
        out.print(line.append("\r\n"));
    }
}
