package dev.tally.extract.place;

import java.util.ArrayList;
import java.util.List;

/**
 * A place name the gazetteer lacks, taken from the words that frame it as a place: a naming type
 * word before "of" ("the village of Taduf", "the opposition-held neighborhood of Tareeq al-Bab") or
 * right after the name ("the besieged Zabadieh district", "al-Sheikh Maqsoud neighborhood"). The
 * name is a run of capitalised words (with Arabic articles), at least one of which the gazetteer did
 * not match, bounded by lower-case words on both sides, so that a capitalised run cut short by a stop word,
 * a demonym or a known place is not taken, nor a sentence's first words, nor a Title Case line.
 * Offsets are half-open UTF-16 ranges into the text scanned.
 *
 * @param start     where the name starts
 * @param end       where it ends
 * @param name      the name as written ("al-Sheikh Maqsoud"; "Old City" when the type word is part of it)
 * @param textStart where the frame starts ("the village of", "the besieged")
 * @param textEnd   where the frame ends (the name, or the type word after it)
 * @param type      the type word's {@link Lexicon#type} ({@code CITY}, {@code NEIGHBOURHOOD}, {@link Lexicon#ANY})
 * @param fresh     true when a word of the name matched no gazetteer name; when none is fresh, the
 *                  name is taken only where the resolver found no place for the gazetteer's match
 *                  (a foreign homonym: "al-Sheikh Maqsoud neighborhood")
 */
record UnlistedName(int start, int end, String name, int textStart, int textEnd, String type, boolean fresh) {
    private static final long OF = TokenTrie.hash("of"), THE = TokenTrie.hash("the");
    /** Lower-case words allowed between "the" and the frame ("the besieged town of", "the opposition-held"). */
    private static final int MAX_ADJECTIVE_WORDS = 3;

    /**
     * Every unlisted name in {@code t}; {@code matched[i]} is true for words inside a gazetteer match,
     * {@code opens[i]} for the first word of one, {@code possessive[i]} for known names whose possessive lost its
     * apostrophe ("Aleppos Marjeh district").
     */
    static List<UnlistedName> find(Tokens t, Lexicon lex, boolean[] matched, boolean[] opens, boolean[] possessive) {
        List<UnlistedName> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (matched[i] || !Lexicon.isNaming(t.kinds(i))) continue;
            String type = lex.type(t.word(i)).orElse(Lexicon.ANY);
            UnlistedName found = typeOf(t, matched, opens, i, type);
            // "in Howayqa neighborhood of Deir Ezzor": a new name before the type word beats a known one after it
            if (found == null || !found.fresh()) {
                UnlistedName before = typeAfter(t, matched, possessive, i, type, lex.isMinorDivision(t.folded(i)));
                if (found == null || before != null && before.fresh()) found = before;
            }
            if (found == null) found = described(t, matched, i, type);
            if (found != null) out.add(found);
        }
        int framed = out.size();
        for (int i = 1; i < t.size(); i++) {
            UnlistedName headed = headed(t, matched, i);
            // a name a type word frames is read with its frame ("the village of Tal Qarrah in the north of Aleppo")
            if (headed != null && out.subList(0, framed).stream().noneMatch(u -> u.start() < headed.end() && headed.start() < u.end())) out.add(headed);
        }
        out.sort(java.util.Comparator.comparingInt(UnlistedName::start));
        return out;
    }

    /**
     * "In Deir Ezour the Syrian army targeted": after a locative cue, a word that opens Arabic place names and the
     * capitalised words after it may name a place the gazetteer holds under other vowels ("Deir ez-Zor"). Not "Abu", "Umm"
     * or "Sheikh", which open people's names as often.
     */
    private static UnlistedName headed(Tokens t, boolean[] matched, int head) {
        if (matched[head] || !t.capitalised(head) || !Lexicon.isToponymHead(t.kinds(head)) || PERSON_HEADS.contains(t.word(head))
                || !Lexicon.isCue(t.kinds(head - 1)) || !MentionFrame.joined(t, head)) return null;
        // in a Title Case line ("Army Advances in Deir Ezour Countryside") capitals bound no name
        if (head >= 3 && t.capitalised(head - 2) && t.capitalised(head - 3)) return null;
        int last = head;
        while (last + 1 < t.size() && last + 1 - head < HEADED_WORDS && MentionFrame.joined(t, last + 1) && nameWord(t, last + 1, false)
                && !matched[last + 1]) {
            last++;
        }
        if (last == head || last + 1 < t.size() && MentionFrame.joined(t, last + 1) && t.capitalised(last + 1)) return null;
        // "Deir Ezzors countryside": a known name whose apostrophe was lost, not a new one
        String lastWord = t.text().substring(t.start(last), t.end(last));
        if (lastWord.endsWith("s") || t.text().startsWith("'s", t.end(last)) || !fresh(t, matched, head + 1, last)) return null;
        return new UnlistedName(t.start(head), t.end(last), t.text().substring(t.start(head), t.end(last)), t.start(head), t.end(last),
                HEADED, true);
    }

    /** The {@link #type} of a name read from its first word alone: a place only where the gazetteer holds it under another spelling. */
    static final String HEADED = "HEADED";

    /** True when only a word that opens place names says this is one (see {@link #HEADED}). */
    boolean headed() {
        return type.equals(HEADED);
    }

    private static final int HEADED_WORDS = 4;
    private static final java.util.Set<Long> PERSON_HEADS = java.util.Set.of(TokenTrie.hash("abu"), TokenTrie.hash("umm"), TokenTrie.hash("sheikh"));

    /**
     * "the village of Taduf": the type word, "of", then the name. A name the gazetteer knows ("the village of
     * al-Bureij") is taken too, not fresh, for the resolver to place where the gazetteer's place is abroad.
     */
    private static UnlistedName typeOf(Tokens t, boolean[] matched, boolean[] opens, int type, String precision) {
        int first = type + 2;
        if (t.capitalised(type) || first >= t.size() || t.word(type + 1) != OF || !MentionFrame.joined(t, type + 1)
                || !MentionFrame.joined(t, first)) return null;
        int k = first;
        while (k < t.size() && (k == first || MentionFrame.joined(t, k)) && nameWord(t, k, false)) k++;
        int last = k - 1;
        if (!named(t, first, last) || (k < t.size() && MentionFrame.joined(t, k) && t.capitalised(k))) return null;
        // "the city of Qamishli Hasaka", "the town of Manbij Killing": a known place with more words after it is no new name
        if (matched[first] && (fresh(t, matched, first, last) || any(opens, first + 1, last))) return null;
        int the = theBefore(t, type, matched);
        if (the < 0) return null;
        return of(t, matched, first, last, t.start(the), t.end(last), precision, type);
    }

    /**
     * "at Jeb el-Kussa, a village south of Jarabulus": a new name set off before "a" and the type word, which a place
     * word follows ("south of", "in", "near") or nothing: "Ali, a town official" describes a person.
     */
    private static UnlistedName described(Tokens t, boolean[] matched, int type, String precision) {
        int a = type - 1;
        if (a < 2 || t.capitalised(type) || !(t.word(a) == A || t.word(a) == AN) || !MentionFrame.joined(t, type)) return null;
        boolean placeAfter = type + 1 >= t.size() || !MentionFrame.joined(t, type + 1) || Lexicon.isCue(t.kinds(type + 1))
                || Lexicon.isDirection(t.kinds(type + 1)) || t.word(type + 1) == OF;
        String gap = t.text().substring(t.end(a - 1), t.start(a));
        if (!placeAfter || !SET_OFF.matcher(gap).matches()) return null;
        int last = a - 1, first = last;
        if (!nameWord(t, last, false)) return null;
        while (first > 0 && MentionFrame.joined(t, first) && nameWord(t, first - 1, false)) first--;
        if (!named(t, first, last) || !fresh(t, matched, first, last) || first > 0 && MentionFrame.joined(t, first) && t.capitalised(first - 1)) {
            return null;
        }
        return of(t, matched, first, last, t.start(first), t.end(type), precision, type);
    }

    private static final long A = TokenTrie.hash("a"), AN = TokenTrie.hash("an");
    /** What may set a described name off: a comma, a closing quote, spaces. */
    private static final java.util.regex.Pattern SET_OFF = java.util.regex.Pattern.compile("[\\s,\"'\u201d\u2019]+");

    /**
     * "the besieged Zabadieh district", "al-Sheikh Maqsoud neighborhood", "the city's Saint Joseph's neighborhood": the
     * name (a saint's or a founder's possessive dropped), then the type word.
     */
    private static UnlistedName typeAfter(Tokens t, boolean[] matched, boolean[] possessive, int type, String precision, boolean division) {
        int k = type - 1;
        while (k >= 0 && (MentionFrame.joined(t, k + 1) || k + 1 == type && possessiveGap(t, k, type)) && nameWord(t, k, division) && !possessive[k]) k--;
        int first = k + 1, last = type - 1;
        if (!named(t, first, last) || k < 0) return null;
        // The run must end at a lower-case word ("the besieged Zabadieh district") or a possessive: a place's ("Aleppo's Marjeh
        // district") or a word's ("the city's Edgewood neighborhood").
        boolean bounded = possessive[k] || possessiveGap(t, k, first) || (MentionFrame.joined(t, first) && !t.capitalised(k));
        if (!bounded) return null;
        // "Aleppo Residential Neighborhood": in a Title Case line a known place and the words after it are no new name.
        if (t.capitalised(type) && any(matched, first, last) && !division) return null; // "Indian River County" is a name
        int the = theBefore(t, first);
        int nameEnd = t.capitalised(type) ? type : last;
        return of(t, matched, first, nameEnd, t.start(the < 0 ? first : the), t.end(type), precision, type);
    }

    private static UnlistedName of(Tokens t, boolean[] matched, int first, int last, int textStart, int textEnd, String precision, int type) {
        String name = t.text().substring(t.start(first), t.end(last));
        return new UnlistedName(t.start(first), t.end(last), name, textStart, textEnd, precision, fresh(t, matched, first, last));
    }

    /** The "the" that opens a frame ending before word {@code i}, past a few lower-case words; -1 when none. */
    private static int theBefore(Tokens t, int i) {
        return theBefore(t, i, null);
    }

    /**
     * As {@link #theBefore(Tokens, int)}, passing over a known place where {@code known} marks it and a word stands
     * between it and word {@code i}: the place the new one lies in ("the Aleppo province village of Al-Tukhar"). Right
     * before the type word a known name may be the new place itself ("the Al-Geneina neighbourhood of Rafah").
     */
    private static int theBefore(Tokens t, int i, boolean[] known) {
        for (int k = i - 1, steps = 0; k >= 0 && steps <= MAX_ADJECTIVE_WORDS && MentionFrame.joined(t, k + 1); k--, steps++) {
            if (t.word(k) == THE) return k;
            boolean owner = known != null && known[k] && k + 1 < i;
            if (t.capitalised(k) && !owner || Lexicon.isCue(t.kinds(k))) return -1;
        }
        return -1;
    }

    /**
     * Words {@code first..last} may be a name: not first in their sentence, no trailing article, and a
     * capitalised word that is no stop word ("Sheikh Maqsoud" is a name, "Islamic State" is not).
     */
    private static boolean named(Tokens t, int first, int last) {
        if (first > last || t.sentenceStart(first) || Lexicon.isArticle(t.kinds(last))) return false;
        for (int k = first; k <= last; k++) {
            if (t.capitalised(k) && !Lexicon.isArticle(t.kinds(k)) && !Lexicon.isStop(t.kinds(k))) return true;
        }
        return false;
    }

    /**
     * A capitalised word the gazetteer did not match ("Tareeq al-Bab", "Bab Sharqi" hold a known
     * "al-Bab" but are other places) that is no mere qualifier of a known one ("Old Damascus").
     */
    private static boolean fresh(Tokens t, boolean[] matched, int first, int last) {
        for (int k = first; k <= last; k++) {
            int kinds = t.kinds(k);
            if (t.capitalised(k) && !matched[k] && !Lexicon.isArticle(kinds) && !Lexicon.isLead(kinds) && !Lexicon.isStop(kinds)) return true;
        }
        return false;
    }

    /** Only "'s" and spaces between words {@code k} and {@code next}. */
    private static boolean possessiveGap(Tokens t, int k, int next) {
        String gap = t.text().substring(t.end(k), t.start(next));
        return gap.length() >= 3 && Tokens.isApostrophe(gap.charAt(0)) && (gap.charAt(1) == 's' || gap.charAt(1) == 'S') && gap.substring(2).isBlank();
    }

    /** True when {@code flags[k]} holds for a word {@code k} in {@code first..last}. */
    private static boolean any(boolean[] flags, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (flags[k]) return true;
        }
        return false;
    }

    /**
     * A word that may be part of a place's name: capitalised, or an article joined by a hyphen
     * ("al-Waer"); never a cue or an acronym ("YPG"), and a demonym only inside a {@code division}'s name.
     */
    private static boolean nameWord(Tokens t, int k, boolean division) {
        int kinds = t.kinds(k);
        if (Lexicon.isArticle(kinds) && k + 1 < t.size() && t.before(k + 1) == Tokens.HYPHEN) return true;
        if (!t.capitalised(k) || Lexicon.isCue(kinds) || t.word(k) == THE) return false;
        // a demonym only inside a county's or a township's name ("Indian River County"), never a district's ("the Kurdish district")
        if (Lexicon.isDemonym(kinds) && !(division && k + 1 < t.size() && MentionFrame.joined(t, k + 1) && t.capitalised(k + 1)
                && !Lexicon.isDemonym(t.kinds(k + 1)) && !Lexicon.isNaming(t.kinds(k + 1)))) return false;
        return !(t.allCaps(k) && t.end(k) - t.start(k) > 1);
    }
}
