package dev.tally.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds gazetteer names in a text in one left-to-right pass over its words: at each word it
 * walks the {@link TokenTrie} as far as the words allow and keeps the longest name that is
 * written capitalised and is not a stop word ("Deir al-Balah", never "Deir" then "Balah").
 * Then it drops names that are part of a person's name ("Derek Harvey", and "Harvey" alone
 * later in the same text), and weak names ("Hit", "Washington") that no cue frames.
 * Stateless; thread-safe.
 */
final class MentionFinder {
    /** Settlements at least this big keep a capitalised word after them ("Mosul University"). */
    private static final long BIG_CITY = 100_000;

    private final Gazetteer gazetteer;
    private final TokenTrie trie;
    private final Lexicon lex;

    MentionFinder(Gazetteer gazetteer, TokenTrie trie, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.trie = trie;
        this.lex = lex;
    }

    /** A name found: words {@code first..last}, ending at trie {@code node}. */
    private record Match(int first, int last, int node) {}

    Scan scan(String text) {
        Tokens t = Tokens.of(text);
        long[] ids = wordIds(t);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            Match m = longest(t, ids, i);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.last + 1;
            }
        }
        Set<String> people = new HashSet<>();
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            if (insideName(t, m)) people.add(surface(t, m)); else kept.add(m);
        }
        List<PlaceMention> mentions = new ArrayList<>();
        boolean previousCued = false;
        int previousLast = -2;
        for (Match m : kept) {
            MentionFrame frame = MentionFrame.of(t, lex, m.first, m.last);
            boolean cued = frame.cued() || (previousCued && continuesList(t, previousLast, m.first));
            if (!frame.framed() && people.contains(surface(t, m))) continue;
            Optional<PlaceMention> mention = mention(t, m, frame, cued);
            mention.ifPresent(mentions::add);
            previousCued = cued && mention.isPresent();
            previousLast = m.last;
        }
        return new Scan(List.copyOf(mentions), Demonyms.find(t, lex));
    }

    /** Word hashes, with articles made "al" where they act as one. */
    private long[] wordIds(Tokens t) {
        long[] ids = new long[t.size()];
        for (int i = 0; i < ids.length; i++) {
            String w = t.folded(i);
            boolean article = lex.isParticle(w) || (lex.isAssimilated(w) && i + 1 < ids.length
                    && (t.before(i + 1) == Tokens.HYPHEN
                    || (i > 0 && t.capitalised(i - 1) && t.capitalised(i + 1) && MentionFrame.joined(t, i) && MentionFrame.joined(t, i + 1))));
            ids[i] = article ? GazetteerLoader.AL : TokenTrie.hash(w);
        }
        return ids;
    }

    private Match longest(Tokens t, long[] ids, int first) {
        Match best = null;
        int node = TokenTrie.ROOT;
        for (int k = first; k < t.size(); k++) {
            if (k > first && t.before(k) == Tokens.BREAK) break;
            node = trie.child(node, ids[k]);
            if (node == TokenTrie.NONE) break;
            if (trie.terminal(node) && (trie.flags(node) & GazetteerLoader.STOP_NODE) == 0 && capitalised(t, first, k)
                    && !(k == first && lex.demonym(t.folded(k)).isPresent())) {
                best = new Match(first, k, node);
            }
        }
        return best;
    }

    /** Every word of the name is capitalised, save articles ("al-") and type words ("Gaza city"). */
    private boolean capitalised(Tokens t, int first, int last) {
        boolean named = false;
        for (int k = first; k <= last; k++) {
            String w = t.folded(k);
            if (k < last && (lex.isParticle(w) || lex.isAssimilated(w))) continue;
            if (k > first && named && lex.type(w).isPresent()) continue;
            if (!t.capitalised(k)) return false;
            named = true;
        }
        return named;
    }

    /** A capitalised word joined to the name makes it part of a longer name, often a person's. */
    private boolean insideName(Tokens t, Match m) {
        List<GazetteerEntry> candidates = gazetteer.entries(trie.payloads(m.node));
        boolean country = candidates.stream().anyMatch(e -> e.precision() == dev.tally.model.Place.Precision.COUNTRY);
        boolean strong = country || candidates.stream().anyMatch(e -> e.isArea() || e.population() >= BIG_CITY);
        return (!country && nameWordBefore(t, m.first)) || (!strong && nameWordAfter(t, m.last)) || initialAfter(t, m.last);
    }

    /** "George W. Bush": a capital letter and a full stop after a name are a middle initial. */
    private static boolean initialAfter(Tokens t, int last) {
        int k = last + 1;
        return k + 1 < t.size() && t.before(k) == Tokens.SPACE && t.end(k) - t.start(k) == 1
                && t.capitalised(k) && t.before(k + 1) == Tokens.DOT;
    }

    private boolean nameWordBefore(Tokens t, int first) {
        int k = first - 1;
        while (k >= 0 && MentionFrame.joined(t, k + 1) && lex.isParticle(t.folded(k))) k--;
        if (k < 0 || !MentionFrame.joined(t, k + 1) || !t.capitalised(k) || t.sentenceStart(k)) return false;
        return isNameWord(t.folded(k)) && !lex.isStop(t.folded(k));
    }

    private boolean nameWordAfter(Tokens t, int last) {
        int k = last + 1;
        while (k + 1 < t.size() && MentionFrame.joined(t, k) && lex.isParticle(t.folded(k))) k++;
        if (k >= t.size() || !MentionFrame.joined(t, k) || !t.capitalised(k)) return false;
        return !t.allCaps(k) && isNameWord(t.folded(k));
    }

    private boolean isNameWord(String w) {
        return !lex.isLead(w) && !lex.isCue(w) && !lex.isDirection(w) && lex.type(w).isEmpty()
                && lex.demonym(w).isEmpty();
    }

    /** "in Ramadi, Fallujah and Kisik": a name right after a cued one in a list shares its cue. */
    private static boolean continuesList(Tokens t, int previousLast, int first) {
        if (previousLast == first - 1) return t.text().substring(t.end(previousLast), t.start(first)).strip().equals(",");
        if (previousLast != first - 2) return false;
        String link = t.folded(first - 1);
        return (link.equals("and") || link.equals("or")) && MentionFrame.joined(t, first);
    }

    private Optional<PlaceMention> mention(Tokens t, Match m, MentionFrame frame, boolean cued) {
        boolean weakNode = (trie.flags(m.node) & GazetteerLoader.WEAK_NODE) != 0;
        boolean allCaps = true;
        for (int k = m.first; k <= m.last; k++) allCaps &= t.allCaps(k);
        Set<Integer> rows = new LinkedHashSet<>();
        for (int payload : trie.payloads(m.node)) {
            boolean acronym = (payload & GazetteerLoader.ACRONYM) != 0;
            boolean weak = weakNode || (payload & GazetteerLoader.WEAK) != 0;
            if (acronym != allCaps && !(allCaps && !acronym && t.end(m.last) - t.start(m.first) > 4)) continue;
            if (weak && !(cued && MentionFrame.standsAlone(t, lex, m.first))) continue;
            rows.add(payload >>> 2);
        }
        if (rows.isEmpty()) return Optional.empty();
        int start = t.start(m.first), end = t.end(m.last);
        int textStart = t.start(frame.firstWord()), textEnd = t.end(frame.lastWord());
        return Optional.of(new PlaceMention(start, end, t.text().substring(start, end), textStart, textEnd,
                t.text().substring(textStart, textEnd), cued, frame.framed(), frame.type().flatMap(Lexicon::precision),
                rows.stream().map(gazetteer::entry).toList()));
    }

    private static String surface(Tokens t, Match m) {
        StringBuilder b = new StringBuilder();
        for (int k = m.first; k <= m.last; k++) b.append(k > m.first ? " " : "").append(t.folded(k));
        return b.toString();
    }

    /** What one pass over a text found: place names, and demonyms as evidence of countries. */
    record Scan(List<PlaceMention> places, List<Demonyms.Hit> demonyms) {}
}
