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
 * from {@code lexicon.tsv}, whose header explains each kind. Every word is held folded as
 * {@link Tokens#fold} makes it, multi-word entries joined by single spaces. Immutable; thread-safe.
 */
final class Lexicon {
    /** A type word's precision when it does not point to one. */
    static final String ANY = "ANY";

    private final Map<String, Set<String>> lists = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();

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
            for (int i = 1; i < fields.length; i++) lexicon.add(fields[0], fold(fields[i]));
        }
        return lexicon;
    }

    private void add(String kind, String word) {
        if (kind.startsWith("type.")) {
            types.put(word, kind.substring(5));
        } else if (kind.startsWith("demonym.")) {
            demonyms.put(word, kind.substring(8));
        } else {
            lists.computeIfAbsent(kind, k -> new HashSet<>()).add(kind.equals("strip") ? word.toUpperCase() : word);
        }
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

    private boolean in(String kind, String folded) {
        return lists.getOrDefault(kind, Set.of()).contains(folded);
    }

    boolean isStop(String folded) {
        return in("stop", folded);
    }

    boolean isWeak(String folded) {
        return in("weak", folded);
    }

    boolean isCue(String folded) {
        return in("cue", folded);
    }

    boolean isFrame(String folded) {
        return in("frame", folded);
    }

    boolean isDirection(String folded) {
        return in("direction", folded);
    }

    boolean isLead(String folded) {
        return in("lead", folded);
    }

    /** The article "al"/"el", in any case. */
    boolean isParticle(String folded) {
        return in("particle", folded);
    }

    /** "ar", "ad", "ash" ...: an article only in the right company (see the lexicon header). */
    boolean isAssimilated(String folded) {
        return in("assimilated", folded);
    }

    /** True when names in {@code country} are also written without a leading article. */
    boolean stripsArticle(String country) {
        return in("strip", country);
    }

    /** The precision a type word points to ({@link #ANY} for none), or empty for other words. */
    Optional<String> type(String folded) {
        return Optional.ofNullable(types.get(folded));
    }

    /** The precision named by a type word, when it names one. */
    static Optional<Place.Precision> precision(String type) {
        return type.equals(ANY) ? Optional.empty() : Optional.of(Place.Precision.valueOf(type));
    }

    /** The ISO country code whose people a word names ("iraqi" to IQ), or empty. */
    Optional<String> demonym(String folded) {
        return Optional.ofNullable(demonyms.get(folded));
    }

    /** Every article, plain and assimilated ("al", "el", "ar", "ash" ...). */
    Set<String> articles() {
        Set<String> all = new HashSet<>(lists.getOrDefault("particle", Set.of()));
        all.addAll(lists.getOrDefault("assimilated", Set.of()));
        return all;
    }

    /** Every stop phrase, for marking the matching gazetteer keys. */
    List<String> stops() {
        return List.copyOf(lists.getOrDefault("stop", Set.of()));
    }

    /** Every weak phrase, for marking the matching gazetteer keys. */
    List<String> weaks() {
        return List.copyOf(lists.getOrDefault("weak", Set.of()));
    }

    /** Multi-word demonyms ("south sudanese") are matched by their last word's run. */
    Set<String> demonymPhrases() {
        return Set.copyOf(demonyms.keySet());
    }
}
