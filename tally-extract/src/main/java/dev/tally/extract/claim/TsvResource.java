package dev.tally.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated word list from the class path: blank lines and {@code #} comments skipped, a row's width checked. */
public final class TsvResource {
    private TsvResource() {
    }

    /** The rows of {@code name} (next to this class), each with exactly {@code fields} fields; misconfiguration fails at start-up. */
    static List<String[]> rows(String name, int fields) {
        return rows(TsvResource.class, name, fields);
    }

    /** The rows of {@code name}, found next to {@code owner}, each with exactly {@code fields} fields. */
    public static List<String[]> rows(Class<?> owner, String name, int fields) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " must be on the class path; it is missing");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != fields) throw new IllegalStateException(name + ":" + number + ": must have " + fields + " tab-separated fields; got " + f.length);
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
