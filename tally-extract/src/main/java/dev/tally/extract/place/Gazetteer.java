package dev.tally.extract.place;

import dev.tally.model.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tally's offline gazetteer: about 200,000 GeoNames places (cities500, first-level divisions,
 * countries) plus hand-curated neighbourhoods, camps and name variants, with the word lists
 * that keep common words from being taken for places. {@link #find} finds place names in a
 * text in one pass; {@link PlaceResolver} settles which place each name means.
 * <p>
 * {@link #bundled()} loads a binary image of it once per class loader, on first use: about
 * 0.2 s, holding under 40 MB of heap, as the build has already parsed the sources
 * ({@link GazetteerImage}; see NOTICE.md for the data and how to rebuild it). Immutable and
 * thread-safe (it remembers the entries it has made, without changing what it answers).
 */
public final class Gazetteer {
    private final EntryTable table;
    private final TokenTrie trie;
    private final Lexicon lexicon;
    private final MentionFinder finder;
    /**
     * Entries made so far, by row: the same few thousand places are named again and again, some
     * names stand for hundreds of places, and making a record per candidate per mention was much
     * of the cost of matching. Filled lazily without locks: the records are immutable, so a
     * thread that sees a slot empty only makes an equal record again.
     */
    private final GazetteerEntry[] made;
    /** Per country, its settlements' rows by the consonants of their names (see {@link #spelledLike}); made on first need. */
    private final Map<String, Map<String, int[]>> spellings = new ConcurrentHashMap<>();

    Gazetteer(EntryTable table, TokenTrie trie, Lexicon lexicon) {
        this.table = table;
        this.trie = trie;
        this.lexicon = lexicon;
        this.finder = new MentionFinder(this, trie, lexicon);
        this.made = new GazetteerEntry[table.size()];
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            try {
                return GazetteerImage.bundled();
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled gazetteer could not be read: " + e.getMessage(), e);
            }
        }
    }

    /** The gazetteer shipped in this jar, loaded on first call. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Place names in {@code text}, in text order, none overlapping; offsets are into {@code text}.
     * Each mention lists every place its name may stand for; odd text gives no mentions, never an error.
     */
    public List<PlaceMention> find(String text) {
        return scan(text).places();
    }

    /** Places known under {@code name} (any spelling the matcher accepts), most populous first. */
    public List<GazetteerEntry> lookup(String name) {
        Objects.requireNonNull(name, "name");
        int node = TokenTrie.ROOT;
        long[] key = Tokens.of(name).words();
        for (int i = 0; i < key.length && node != TokenTrie.NONE; i++) {
            boolean article = i + 1 < key.length && lexicon.isArticle(key[i]);
            node = trie.child(node, article ? GazetteerLoader.AL : key[i]);
        }
        if (node == TokenTrie.NONE || !trie.terminal(node)) return List.of();
        List<GazetteerEntry> entries = new ArrayList<>();
        for (int row : rows(node)) entries.add(entry(row));
        entries.sort((a, b) -> Long.compare(b.population(), a.population()));
        return entries;
    }

    /**
     * The settlements of {@code country} whose own name has the consonants {@code skeleton} (see
     * {@link UnlistedPlaces#skeleton} and {@link UnlistedPlaces#looseSkeleton}): "Tal Rifaat" is written "Tall Rif'at" here, "Busseirah"
     * "Al Busayrah". Most populous first; empty for a country never asked about before costs one
     * pass over the table.
     */
    List<GazetteerEntry> spelledLike(String country, String skeleton) {
        int[] rows = spellings.computeIfAbsent(country, this::spellingsOf).get(skeleton);
        if (rows == null) return List.of();
        List<GazetteerEntry> entries = new ArrayList<>();
        for (int row : rows) entries.add(entry(row));
        entries.sort((a, b) -> Long.compare(b.population(), a.population()));
        return entries;
    }

    private Map<String, int[]> spellingsOf(String country) {
        Map<String, int[]> byKey = new HashMap<>();
        for (int row = 0; row < table.size(); row++) {
            if (!table.country(row).equals(country) || table.precision(row) == Place.Precision.COUNTRY
                    || table.precision(row) == Place.Precision.ADMIN_AREA) continue;
            add(byKey, UnlistedPlaces.skeleton(table.name(row)), row);
            add(byKey, UnlistedPlaces.looseSkeleton(table.name(row)), row);
        }
        return Map.copyOf(byKey);
    }

    private static void add(Map<String, int[]> byKey, String key, int row) {
        int[] old = byKey.get(key);
        int[] rows = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        rows[rows.length - 1] = row;
        byKey.put(key, rows);
    }

    /** The number of places. */
    public int size() {
        return table.size();
    }

    MentionFinder.Scan scan(String text) {
        return finder.scan(Objects.requireNonNull(text, "text"));
    }

    GazetteerEntry entry(int row) {
        GazetteerEntry e = made[row];
        if (e == null) {
            e = table.get(row);
            made[row] = e;
        }
        return e;
    }

    /** The distinct rows of the places whose names end at trie {@code node}, in ascending order. */
    int[] rows(int node) {
        int from = trie.payloadStart(node), to = trie.payloadEnd(node);
        int[] rows = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            int row = trie.payload(i) >>> 2;
            // Payloads are sorted, so the payloads of one row lie together.
            if (n == 0 || rows[n - 1] != row) rows[n++] = row;
        }
        return n == rows.length ? rows : Arrays.copyOf(rows, n);
    }

    EntryTable table() {
        return table;
    }

    TokenTrie trie() {
        return trie;
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
