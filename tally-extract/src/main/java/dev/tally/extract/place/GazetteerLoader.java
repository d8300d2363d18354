package dev.tally.extract.place;

import dev.tally.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer's sources ({@code gazetteer.tsv.gz}, {@code curated-places.tsv},
 * {@code lexicon.tsv}, on the class path at build time) into a trie of name keys and a table
 * of places. {@link GazetteerCompiler} runs it when Tally is built and writes what it made as
 * the image that {@link Gazetteer#bundled()} reads; not thread-safe itself.
 */
final class GazetteerLoader {
    /** Payload bits beside the row number. */
    static final int WEAK = 2, ACRONYM = 1;
    /**
     * Trie node flags: a stop or weak name, and what the places of a name are, so that matching
     * knows whether a name may stand for a country, or for anything big (a country, a division, a
     * settlement of {@link #BIG_CITY} or more), without reading the rows of all its places.
     */
    static final int STOP_NODE = 1, WEAK_NODE = 2, COUNTRY_NODE = 4, STRONG_NODE = 8;
    /** Settlements at least this big are known well enough to keep a capitalised word after them. */
    static final long BIG_CITY = 100_000;

    private final Lexicon lexicon;
    private final EntryTable table = new EntryTable();
    private final TokenTrie trie = new TokenTrie();

    private GazetteerLoader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Builds the gazetteer from its sources and the word lists' text (seconds: the shipped jar reads the image instead). */
    static Gazetteer fromSources(String lexiconText) throws IOException {
        Lexicon lexicon = Lexicon.read(new BufferedReader(new StringReader(lexiconText)), LEXICON);
        GazetteerLoader loader = new GazetteerLoader(lexicon);
        try (BufferedReader in = reader("gazetteer.tsv.gz", true)) {
            loader.readGenerated(in);
        }
        try (BufferedReader in = reader("curated-places.tsv", false)) {
            new CuratedPlaces(loader).read(in, "curated-places.tsv");
        }
        return loader.finish();
    }

    static final String LEXICON = "lexicon.tsv";

    /** The word lists' source text, kept whole in the image so that the lists and the trie always agree. */
    static String lexiconText() throws IOException {
        try (BufferedReader in = reader(LEXICON, false)) {
            StringBuilder b = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) b.append(line).append('\n');
            return b.toString();
        }
    }

    private static BufferedReader reader(String resource, boolean gzip) throws IOException {
        InputStream raw = GazetteerLoader.class.getResourceAsStream(resource);
        if (raw == null) throw new IOException("resource dev/tally/extract/place/" + resource + " is missing from the class path");
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Columns: kind cc admin1 lat lon population name aliases (see build-gazetteer.mjs). */
    private void readGenerated(BufferedReader in) throws IOException {
        String line;
        int number = 0;
        String[] f = new String[8];
        while ((line = in.readLine()) != null) {
            number++;
            if (line.startsWith("#")) continue;
            if (split(line, f) != 8) throw new IOException("[gazetteer.tsv.gz] line " + number + " must have 8 columns; got: " + line);
            int row = table.add(f[6], f[1], f[2], Float.parseFloat(f[3]), Float.parseFloat(f[4]),
                    Long.parseLong(f[5]), f[0], null, precisionOf(f[0]));
            addAliases(row, f[7]);
        }
    }

    /** Splits on tabs without a regular expression (this runs 200,000 times at start-up). */
    private static int split(String line, String[] out) {
        int n = 0, from = 0;
        while (n < out.length) {
            int tab = line.indexOf('\t', from);
            out[n++] = tab < 0 ? line.substring(from) : line.substring(from, tab);
            if (tab < 0) break;
            from = tab + 1;
        }
        return n;
    }

    static Place.Precision precisionOf(String kind) {
        return switch (kind) {
            case "COUNTRY" -> Place.Precision.COUNTRY;
            case "ADM1", "ADM2" -> Place.Precision.ADMIN_AREA;
            case "PPLX" -> Place.Precision.NEIGHBOURHOOD;
            default -> Place.Precision.CITY;
        };
    }

    /** Adds {@code |}-separated aliases of {@code row}; a leading {@code ~} marks a weak one. */
    void addAliases(int row, String aliases) {
        int from = 0;
        while (from <= aliases.length()) {
            int bar = aliases.indexOf('|', from);
            int to = bar < 0 ? aliases.length() : bar;
            if (to > from) addAlias(row, aliases.substring(from, to));
            from = to + 1;
        }
    }

    private void addAlias(int row, String alias) {
        boolean weak = alias.startsWith("~");
        String name = weak ? alias.substring(1) : alias;
        boolean acronym = isAcronym(name);
        long[] key = key(name);
        if (key.length == 0) return;
        int payload = (row << 2) | (weak || acronym ? WEAK : 0) | (acronym ? ACRONYM : 0);
        addPayload(trie.insert(key), payload);
        if (key.length > 1 && key[0] == AL && lexicon.stripsArticle(table.country(row))) {
            addPayload(trie.insert(Arrays.copyOfRange(key, 1, key.length)), payload);
        }
    }

    private void addPayload(int node, int payload) {
        trie.addPayload(node, payload);
        int row = payload >>> 2;
        Place.Precision precision = table.precision(row);
        boolean country = precision == Place.Precision.COUNTRY;
        boolean strong = country || precision == Place.Precision.ADMIN_AREA || table.population(row) >= BIG_CITY;
        trie.flag(node, (country ? COUNTRY_NODE : 0) | (strong ? STRONG_NODE : 0));
    }

    private static boolean isAcronym(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return false;
        }
        return true;
    }

    /** A name's matching key: its folded words' hashes, any article before another word made "al". */
    long[] key(String name) {
        long[] hashes = Tokens.of(name).words();
        for (int i = 0; i + 1 < hashes.length; i++) {
            if (lexicon.isArticle(hashes[i])) hashes[i] = AL;
        }
        return hashes;
    }

    static final long AL = TokenTrie.hash("al");

    EntryTable table() {
        return table;
    }

    private Gazetteer finish() {
        for (String stop : lexicon.stops()) mark(stop, STOP_NODE);
        for (String weak : lexicon.weaks()) mark(weak, WEAK_NODE);
        trie.freeze();
        return new Gazetteer(table, trie, lexicon);
    }

    private void mark(String phrase, int bits) {
        int node = TokenTrie.ROOT;
        for (long w : key(phrase)) {
            node = trie.child(node, w);
            if (node == TokenTrie.NONE) return;
        }
        trie.flag(node, bits);
    }

    /** Rows named {@code name} in {@code country} of {@code kind} (any when empty): targets of curated aliases. */
    List<Integer> rowsNamed(String name, String country, String kind) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (table.country(r).equals(country) && table.name(r).equalsIgnoreCase(name)
                    && (kind.isEmpty() || table.kind(r).equals(kind))) rows.add(r);
        }
        return rows;
    }
}
