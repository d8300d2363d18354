package dev.tally.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list kept as a classpath resource next to this package, one {@code kind: value} entry a line.
 *
 * <p>Blank lines and text after {@code #} are comments. Every kind must be one the reader declared, so a
 * typo in a rule file fails when the rules load (class initialisation) rather than silently matching
 * nothing. Immutable once read.
 */
final class RuleFile {
    private final String name;
    private final Map<String, List<String>> entries;

    private RuleFile(String name, Map<String, List<String>> entries) {
        this.name = name;
        this.entries = entries;
    }

    /**
     * Reads {@code name} (relative to this package) and checks that every kind is in {@code kinds}.
     *
     * @throws IllegalStateException if the resource is missing or holds an unknown kind or a bad line
     */
    static RuleFile load(String name, Set<String> kinds) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        kinds.forEach(kind -> entries.put(kind, new ArrayList<>()));
        try (InputStream in = RuleFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + name + " must be on the classpath next to "
                        + RuleFile.class.getPackageName() + "; got nothing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                parse(name, number, line, entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
        entries.replaceAll((kind, values) -> List.copyOf(values));
        return new RuleFile(name, Map.copyOf(entries));
    }

    private static void parse(String name, int number, String line, Map<String, List<String>> entries) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
            return;
        }
        int colon = content.indexOf(':');
        String kind = colon > 0 ? content.substring(0, colon).strip() : "";
        String value = colon > 0 ? content.substring(colon + 1).strip() : "";
        List<String> values = entries.get(kind);
        if (values == null || value.isEmpty()) {
            throw new IllegalStateException(name + ":" + number + ": a line must be 'kind: value' with kind in "
                    + entries.keySet() + "; got '" + line + "'");
        }
        values.add(value);
    }

    /** The values of {@code kind}, in file order; empty if the file has none. */
    List<String> values(String kind) {
        List<String> values = entries.get(kind);
        if (values == null) {
            throw new IllegalArgumentException("kind must be one of " + entries.keySet() + " in " + name
                    + "; got '" + kind + "'");
        }
        return values;
    }
}
