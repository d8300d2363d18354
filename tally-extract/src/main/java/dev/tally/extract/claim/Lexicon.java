package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;

import java.util.EnumMap;
import java.util.Map;

/**
 * The word lists the claim rules read, loaded once from {@code lexicon.tsv} (role, phrase, value).
 * Immutable after loading, so thread-safe.
 */
final class Lexicon {
    /** What a phrase does in the rules; see the header of {@code lexicon.tsv}. */
    enum Role { PERSON, SUBGROUP, MODIFIER, LEFT, RIGHT, NOUN, TOLL, AUX, LINK, INCIDENT, AGGREGATE, RATE, FORECAST, NOT_BEFORE, NOT_AFTER, SINGLE, PLURAL, QUALIFIER }

    static final String RESOURCE = "lexicon.tsv";
    private static final Lexicon BUNDLED = load();

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

    private static Lexicon load() {
        Lexicon lex = new Lexicon();
        for (String[] f : TsvResource.rows(RESOURCE, 3)) lex.tables.get(Role.valueOf(f[0].toUpperCase(java.util.Locale.ROOT))).add(f[1], f[2]);
        return lex;
    }
}
