package dev.tally.extract.place;

import dev.tally.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists place matching uses (stop words, cues, type words, articles, demonyms), read
 * from {@code lexicon.tsv}, whose header explains each kind. Words are looked up by the hash
 * of their folded form ({@link Tokens#word}), a phrase by {@link #phrase} over its words'
 * hashes: matching asks about nearly every word of a text, and a probe into one small
 * open-addressing table costs far less than making a string and a map look-up per word.
 * Immutable once read; thread-safe.
 */
final class Lexicon {
    /** A type word's precision when it does not point to one. */
    static final String ANY = "ANY";

    private static final int STOP = 1, WEAK = 1 << 1, CUE = 1 << 2, FRAME = 1 << 3, DIRECTION = 1 << 4,
            LEAD = 1 << 5, PARTICLE = 1 << 6, ASSIMILATED = 1 << 7, TYPE = 1 << 8, DEMONYM = 1 << 9, HEAD = 1 << 10,
            SPEAKER = 1 << 11, NAMING = 1 << 12, REGION = 1 << 13, INSTITUTION = 1 << 14, TITLE = 1 << 15, FORCE = 1 << 16, TOPONYM_HEAD = 1 << 17,
            ORGANISATION = 1 << 18, STREET = 1 << 19, GIVEN = 1 << 20;
    private static final Map<String, Integer> KINDS = Map.ofEntries(Map.entry("stop", STOP), Map.entry("weak", WEAK), Map.entry("cue", CUE),
            Map.entry("frame", FRAME), Map.entry("direction", DIRECTION), Map.entry("lead", LEAD), Map.entry("particle", PARTICLE),
            Map.entry("assimilated", ASSIMILATED), Map.entry("speaker", SPEAKER), Map.entry("naming", NAMING), Map.entry("institution", INSTITUTION),
            Map.entry("title", TITLE), Map.entry("force", FORCE), Map.entry("toponym-head", TOPONYM_HEAD),
            Map.entry("organisation", ORGANISATION), Map.entry("street", STREET), Map.entry("given", GIVEN));

    /** Folded phrases by kind, as written (joined by single spaces), for building the gazetteer. */
    private final Map<String, Set<String>> lists = new HashMap<>();
    private long[] keys = new long[1 << 10];
    /** Kind bits per slot; 0 marks an empty slot. */
    private int[] bits = new int[1 << 10];
    private String[] types = new String[1 << 10];
    private String[] demonyms = new String[1 << 10];
    private String[] regions = new String[1 << 10];
    private int count;

    static Lexicon read(BufferedReader in, String source) throws IOException {
        Lexicon lexicon = new Lexicon();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IOException("[" + source + "] line " + number + " must be 'kind<TAB>words'; got: " + line);
            }
            for (int i = 1; i < fields.length; i++) lexicon.add(fields[0], fields[i]);
        }
        return lexicon;
    }

    private void add(String kind, String entry) {
        long[] words = Tokens.of(entry).words();
        int kindBits = kind.startsWith("type.") ? TYPE : kind.startsWith("demonym.") ? DEMONYM : kind.startsWith("region.") ? REGION
                : KINDS.getOrDefault(kind, 0);
        if (kindBits != TYPE && kindBits != DEMONYM && kindBits != REGION) {
            String folded = fold(entry);
            lists.computeIfAbsent(kind, k -> new HashSet<>()).add(kind.equals("strip") ? folded.toUpperCase() : folded);
        }
        if (words.length == 0 || kindBits == 0) return;
        int slot = mark(phrase(words), kindBits);
        if (kindBits == TYPE) types[slot] = kind.substring(5);
        // Interned like the gazetteer's country codes, which it is compared with.
        if (kindBits == DEMONYM) demonyms[slot] = kind.substring(8).intern();
        if (kindBits == REGION) regions[slot] = kind.substring(7).intern();
        // A phrase is sought only after its first word, so that word says so.
        if (words.length > 1) mark(words[0], HEAD);
    }

    /** Sets {@code kindBits} on {@code key}, adding it if new; returns its slot. */
    private int mark(long key, int kindBits) {
        int slot = slot(key);
        if (bits[slot] == 0) {
            keys[slot] = key;
            bits[slot] = kindBits;
            // At most a quarter full: most words looked up are in no list, and such a probe ends at the first empty slot.
            if (++count * 4 > keys.length) {
                grow();
                slot = slot(key);
            }
        } else {
            bits[slot] |= kindBits;
        }
        return slot;
    }

    /** The slot of {@code key}: where it is, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int s = (int) key & mask;
        while (bits[s] != 0 && keys[s] != key) s = (s + 1) & mask;
        return s;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldBits = bits;
        String[] oldTypes = types, oldDemonyms = demonyms, oldRegions = regions;
        keys = new long[oldKeys.length * 2];
        bits = new int[keys.length];
        types = new String[keys.length];
        demonyms = new String[keys.length];
        regions = new String[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldBits[i] == 0) continue;
            int s = slot(oldKeys[i]);
            keys[s] = oldKeys[i];
            bits[s] = oldBits[i];
            types[s] = oldTypes[i];
            demonyms[s] = oldDemonyms[i];
            regions[s] = oldRegions[i];
        }
    }

    /** The key of a phrase of several words: hashes of its words, in order, mixed into one. */
    static long phrase(long... words) {
        long h = words[0];
        for (int i = 1; i < words.length; i++) h = pair(h, words[i]);
        return h;
    }

    /** The key of the two-word phrase {@code first second}. */
    static long pair(long first, long second) {
        return TokenTrie.finish(first * 0x9E3779B97F4A7C15L + second);
    }

    /** Folds a phrase word by word and joins the words with single spaces. */
    static String fold(String phrase) {
        Tokens t = Tokens.of(phrase);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) b.append(' ');
            b.append(t.folded(i));
        }
        return b.toString();
    }

    /** The kinds of a word or phrase, as bits: test them with the static {@code is...(int)} methods. */
    int kinds(long word) {
        int mask = keys.length - 1;
        for (int s = (int) word & mask; bits[s] != 0; s = (s + 1) & mask) {
            if (keys[s] == word) return bits[s];
        }
        return 0;
    }

    /** Either kind of article, a particle or an assimilated one, as a word or phrase. */
    boolean isArticle(long word) {
        return isArticle(kinds(word));
    }

    /** True when the word or phrase is a type word ("city", "refugee camp"). */
    boolean isType(long word) {
        return isType(kinds(word));
    }

    // The kinds of a word, from kinds(long) or Tokens.kinds(int): a text's words are looked up once each, then asked these.

    /** A verb after a name that makes it a speaker ("Russia says"), not a scene. */
    static boolean isSpeaker(int kinds) {
        return (kinds & SPEAKER) != 0;
    }

    static boolean isStop(int kinds) {
        return (kinds & STOP) != 0;
    }

    static boolean isCue(int kinds) {
        return (kinds & CUE) != 0;
    }

    static boolean isFrame(int kinds) {
        return (kinds & FRAME) != 0;
    }

    static boolean isDirection(int kinds) {
        return (kinds & DIRECTION) != 0;
    }

    static boolean isLead(int kinds) {
        return (kinds & LEAD) != 0;
    }

    /** The article "al"/"el", in any case. */
    static boolean isParticle(int kinds) {
        return (kinds & PARTICLE) != 0;
    }

    /** An assimilated article: "ar", "ad", "ash" ..., one only in the right company (see the lexicon header). */
    static boolean isAssimilated(int kinds) {
        return (kinds & ASSIMILATED) != 0;
    }

    /** Either kind of article: a particle or an assimilated one. */
    static boolean isArticle(int kinds) {
        return (kinds & (PARTICLE | ASSIMILATED)) != 0;
    }

    /** A type word that names a place of its own even when the gazetteer lacks it ("the village of Taduf"). */
    static boolean isNaming(int kinds) {
        return (kinds & NAMING) != 0;
    }

    static boolean isType(int kinds) {
        return (kinds & TYPE) != 0;
    }

    static boolean isDemonym(int kinds) {
        return (kinds & DEMONYM) != 0;
    }

    /** True when {@code kinds} marks the first word of some phrase in the lists ("south" of "south sudanese"). */
    static boolean isPhraseHead(int kinds) {
        return (kinds & HEAD) != 0;
    }

    /** True when names in {@code country} are also written without a leading article. */
    boolean stripsArticle(String country) {
        return lists.getOrDefault("strip", Set.of()).contains(country);
    }

    /** The precision a type word or phrase points to ({@link #ANY} for none), or empty for other words. */
    Optional<String> type(long word) {
        return Optional.ofNullable(value(word, types));
    }

    /**
     * The first-level division a written abbreviation names, as "country.code" in GeoNames' codes
     * ("ga" of "Roswell, Ga." to "US.GA"), or empty.
     */
    Optional<String> region(long word) {
        return Optional.ofNullable(value(word, regions));
    }

    /** A person's title ("Sgt.", "Detective"): the capitalised words after it are a person's name. */
    static boolean isTitle(int kinds) {
        return (kinds & TITLE) != 0;
    }

    /** A word that opens Arabic place names ("Deir", "Tal", "Khan", "Kafr"): texts copied carelessly write the word after it in lower case. */
    static boolean isToponymHead(int kinds) {
        return (kinds & TOPONYM_HEAD) != 0;
    }

    /** A word for armed forces or their weapons ("army", "occupation", "warplanes"): a demonym before it names an actor, not a place. */
    static boolean isForce(int kinds) {
        return (kinds & FORCE) != 0;
    }

    /** A body named after its place ("Chester Police", "Aleppo University"): the name before it is a place's, not a person's. */
    static boolean isInstitution(int kinds) {
        return (kinds & INSTITUTION) != 0;
    }

    /** A word that ends an armed group's or a party's name ("Turkistan Islamic Party"): the place in the name is no scene. */
    static boolean isOrganisation(int kinds) {
        return (kinds & ORGANISATION) != 0;
    }

    /** A street's type word ("Street", "Avenue", "Court"): the name before it names a street, not a town. */
    static boolean isStreet(int kinds) {
        return (kinds & STREET) != 0;
    }

    static boolean isGiven(int kinds) {
        return (kinds & GIVEN) != 0;
    }

    /** The ISO country code whose people a word or phrase names ("iraqi" to IQ), or empty. */
    Optional<String> demonym(long word) {
        return Optional.ofNullable(value(word, demonyms));
    }

    private String value(long word, String[] values) {
        int mask = keys.length - 1;
        for (int s = (int) word & mask; bits[s] != 0; s = (s + 1) & mask) {
            if (keys[s] == word) return values[s];
        }
        return null;
    }

    /** The precision named by a type word, when it names one. */
    static Optional<Place.Precision> precision(String type) {
        return type.equals(ANY) ? Optional.empty() : Optional.of(Place.Precision.valueOf(type));
    }

    /** True for a division word the gazetteer holds no places of ("county", "township"): see {@code minor-division} in the lexicon. */
    boolean isMinorDivision(String folded) {
        return lists.getOrDefault("minor-division", Set.of()).contains(folded);
    }

    /** Every stop phrase, for marking the matching gazetteer keys. */
    List<String> stops() {
        return List.copyOf(lists.getOrDefault("stop", Set.of()));
    }

    /** Every weak phrase, for marking the matching gazetteer keys. */
    List<String> weaks() {
        return List.copyOf(lists.getOrDefault("weak", Set.of()));
    }
}
