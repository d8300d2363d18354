package dev.tally.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tally's offline gazetteer: about 200,000 GeoNames places (cities500, first-level divisions,
 * countries) plus hand-curated neighbourhoods, camps and name variants, with the word lists
 * that keep common words from being taken for places. {@link #find} finds place names in a
 * text in one pass; {@link PlaceResolver} settles which place each name means.
 * <p>
 * {@link #bundled()} loads the resources once per class loader, on first use (well under a
 * second; see NOTICE.md for the data and how to rebuild it). Immutable and thread-safe.
 */
public final class Gazetteer {
    private final EntryTable table;
    private final TokenTrie trie;
    private final Lexicon lexicon;
    private final MentionFinder finder;

    Gazetteer(EntryTable table, TokenTrie trie, Lexicon lexicon) {
        this.table = table;
        this.trie = trie;
        this.lexicon = lexicon;
        this.finder = new MentionFinder(this, trie, lexicon);
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = GazetteerLoader.bundled();
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
        String[] key = Lexicon.fold(name).split(" ");
        for (int i = 0; i < key.length && node != TokenTrie.NONE; i++) {
            boolean article = i + 1 < key.length && (lexicon.isParticle(key[i]) || lexicon.isAssimilated(key[i]));
            node = trie.child(node, article ? GazetteerLoader.AL : TokenTrie.hash(key[i]));
        }
        if (node == TokenTrie.NONE || !trie.terminal(node)) return List.of();
        List<GazetteerEntry> entries = new ArrayList<>(entries(trie.payloads(node)));
        entries.sort((a, b) -> Long.compare(b.population(), a.population()));
        return entries;
    }

    /** The number of places. */
    public int size() {
        return table.size();
    }

    MentionFinder.Scan scan(String text) {
        return finder.scan(Objects.requireNonNull(text, "text"));
    }

    GazetteerEntry entry(int row) {
        return table.get(row);
    }

    /** The distinct places behind trie payloads. */
    List<GazetteerEntry> entries(int[] payloads) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (int p : payloads) rows.add(p >>> 2);
        return rows.stream().map(table::get).toList();
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
