package dev.tally.extract.place;

import dev.tally.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled resources ({@code gazetteer.tsv.gz}, {@code curated-places.tsv},
 * {@code lexicon.tsv}) into a trie of name keys and a table of places. Used once per class
 * loader by {@link Gazetteer#bundled()}; not thread-safe itself.
 */
final class GazetteerLoader {
    /** Payload bits beside the row number. */
    static final int WEAK = 2, ACRONYM = 1;
    /** Trie node flags. */
    static final int STOP_NODE = 1, WEAK_NODE = 2;

    private final Lexicon lexicon;
    private final EntryTable table = new EntryTable();
    private final TokenTrie trie = new TokenTrie();
    private final Set<Long> articles = new HashSet<>();

    private GazetteerLoader(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String w : lexicon.articles()) articles.add(TokenTrie.hash(w));
    }

    static Gazetteer bundled() {
        try {
            Lexicon lexicon;
            try (BufferedReader in = reader("lexicon.tsv", false)) {
                lexicon = Lexicon.read(in, "lexicon.tsv");
            }
            GazetteerLoader loader = new GazetteerLoader(lexicon);
            try (BufferedReader in = reader("gazetteer.tsv.gz", true)) {
                loader.readGenerated(in);
            }
            try (BufferedReader in = reader("curated-places.tsv", false)) {
                new CuratedPlaces(loader).read(in, "curated-places.tsv");
            }
            return loader.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled gazetteer could not be read: " + e.getMessage(), e);
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
        trie.addPayload(trie.insert(key), payload);
        if (key.length > 1 && key[0] == AL && lexicon.stripsArticle(table.country(row))) {
            trie.addPayload(trie.insert(Arrays.copyOfRange(key, 1, key.length)), payload);
        }
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
        long[] hashes = plainHashes(name);
        if (hashes == null) {
            String[] words = Tokens.of(name).foldedWords();
            hashes = new long[words.length];
            for (int i = 0; i < words.length; i++) hashes[i] = TokenTrie.hash(words[i]);
        }
        for (int i = 0; i + 1 < hashes.length; i++) {
            if (articles.contains(hashes[i])) hashes[i] = AL;
        }
        return hashes;
    }

    static final long AL = TokenTrie.hash("al");

    /**
     * The word hashes of a plain ASCII name, lower-cased as they are hashed, exactly as
     * {@link Tokens} would fold its words; null for other names (apostrophes, non-ASCII).
     * Loading hashes half a million names, and this path keeps start-up fast.
     */
    private static long[] plainHashes(String name) {
        long[] words = new long[4];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (c >= 128 || c == '\'' || c == '`') return null;
            boolean upper = c >= 'A' && c <= 'Z';
            boolean alnum = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum) {
                if (!inWord) h = TokenTrie.FNV_BASIS;
                h = TokenTrie.extend(h, upper ? (char) (c + 32) : c);
                inWord = true;
            } else if (inWord) {
                if (n == words.length) words = Arrays.copyOf(words, n * 2);
                words[n++] = TokenTrie.finish(h);
                inWord = false;
            }
        }
        return Arrays.copyOf(words, n);
    }

    EntryTable table() {
        return table;
    }

    private Gazetteer finish() {
        trie.freeze();
        for (String stop : lexicon.stops()) mark(stop, STOP_NODE);
        for (String weak : lexicon.weaks()) mark(weak, WEAK_NODE);
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
