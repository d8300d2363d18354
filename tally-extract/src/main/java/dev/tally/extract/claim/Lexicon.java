package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The word lists the claim rules read, loaded once from {@code lexicon.tsv} (role, phrase, value).
 * Immutable after loading, so thread-safe.
 */
final class Lexicon {
    /** What a phrase does in the rules; see the header of {@code lexicon.tsv}. */
    enum Role { PERSON, SUBGROUP, MODIFIER, LEFT, RIGHT, NOUN, TOLL, AUX, LINK, INCIDENT, AGGREGATE, RATE, FORECAST, NOT_BEFORE, NOT_AFTER, SINGLE, PLURAL }

    static final String RESOURCE = "lexicon.tsv";
    private static final Lexicon BUNDLED = load(Lexicon.class.getResourceAsStream(RESOURCE));

    private final Map<Role, PhraseTable<String>> tables = new EnumMap<>(Role.class);

    private Lexicon() {
        for (Role r : Role.values()) tables.put(r, new PhraseTable<>());
    }

    static Lexicon bundled() {
        return BUNDLED;
    }

    PhraseTable<String> get(Role role) {
        return tables.get(role);
    }

    static Lexicon load(InputStream in) {
        if (in == null) throw new IllegalStateException("claim lexicon " + RESOURCE + " must be on the class path; it is missing");
        Lexicon lex = new Lexicon();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalStateException(RESOURCE + ":" + number + ": must have 3 tab-separated fields; got " + f.length);
                lex.tables.get(Role.valueOf(f[0].toUpperCase(java.util.Locale.ROOT))).add(f[1], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return lex;
    }
}
