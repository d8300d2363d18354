package dev.tally.extract.claim;

import dev.tally.extract.text.Literals;
import dev.tally.extract.text.Sentence;
import java.util.List;

/**
 * Another article's headline on this page, not this article's claim: "Gaza Civil Defence Says Israeli
 * Attacks Kill 26 Near Two Aid Centers" in the middle or at the end of a page, from a "related" or
 * "read also" list. A line labelled so ("RELATED: Man shot in ..."); past the article's opening, a
 * line with no sentence's end that is in title case
 * (most words capitalized), or that stands in a run of {@value #LIST_LINES} or more such lines (a list
 * of links: "Person killed in bombardment by a drone in Idlib suburbs on Dec 3").
 */
final class RelatedHeadlines {
    /** The article's own headline and lead stand before this offset. */
    static final int OPENING_CHARS = 300;
    private static final int MIN_WORDS = 5;
    private static final double TITLE_CASE_SHARE = 0.6;
    /** A line a page labels as a link to another article: "RELATED: Man shot in ...", "Read more: ...". */
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            "\\s*(?:related(?: news| stories| articles)?|more|read more|read also|also read|see also|recommended|watch)\\s*:",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Compiled once: {@code String.split} compiles a pattern of more than one character at every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** How many unfinished lines in a row make a list of links. */
    static final int LIST_LINES = 3;

    private RelatedHeadlines() {}

    /** True when sentence {@code i} of {@code sentences} (each line is one or more sentences) is another article's headline. */
    static boolean is(List<Sentence> sentences, int i) {
        Sentence s = sentences.get(i);
        if (LABELLED.matcher(s.text()).lookingAt()) return true;
        // "Related News" on a line of its own, then the links: every unfinished line up to the next finished one
        if (unfinished(s) && underLabel(sentences, i)) return true;
        if (s.start() < OPENING_CHARS || !unfinished(s)) return false;
        String[] words = SPACES.split(s.text().strip());
        if (words.length < MIN_WORDS) return false;
        return titleCase(words) || run(sentences, i) >= LIST_LINES;
    }

    private static boolean unfinished(Sentence s) {
        String text = s.text().strip();
        return !text.isEmpty() && ".!?\"\u201d:".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static boolean titleCase(String[] words) {
        int capitalized = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) capitalized++;
        }
        return capitalized >= TITLE_CASE_SHARE * words.length;
    }

    /** True when a label line ("Related News", "Read also") stands before sentence {@code i} with only unfinished lines between. */
    private static boolean underLabel(List<Sentence> sentences, int i) {
        for (int k = i - 1; k >= 0 && i - k <= LABEL_REACH; k--) {
            Sentence before = sentences.get(k);
            if (LABEL.matcher(before.text()).matches()) return true;
            if (!unfinished(before)) return false;
        }
        return false;
    }

    /**
     * Where, in a sentence that runs on into a page's closing links ("Source AFP Related News Suicide car bomb
     * kills eight ..."), the links begin: the offset in the sentence after a capitalised label, or -1. Not
     * "Read also", which pages put between two paragraphs of the article itself.
     */
    static int linksFrom(Sentence s) {
        if (!INLINE_LABEL_WORDS.anyIn(s.text(), 0, s.text().length())) return -1;
        java.util.regex.Matcher m = INLINE_LABEL.matcher(s.text());
        return m.find() ? m.end() : -1;
    }

    private static final java.util.regex.Pattern INLINE_LABEL = java.util.regex.Pattern.compile(
            "\\b(?:Related (?:News|Stories|Articles|Posts)|More [Ss]tories|Recommended [Ss]tories)\\b\\s*:?");
    /** Every label {@link #INLINE_LABEL} finds holds one of these: most sentences hold none, and skip the pattern. */
    private static final Literals INLINE_LABEL_WORDS = Literals.of("Related ", "More ", "Recommended ");

    /** How many links a label line may head. */
    private static final int LABEL_REACH = 8;
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "\\s*(?:related(?: news| stories| articles| posts)?|more(?: news| stories)?|read more|read also|also read|see also|recommended(?: stories)?|other news|latest news)\\s*:?\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** How many unfinished lines in a row stand around sentence {@code i}, itself included. */
    private static int run(List<Sentence> sentences, int i) {
        int from = i, to = i;
        while (from > 0 && unfinished(sentences.get(from - 1))) from--;
        while (to + 1 < sentences.size() && unfinished(sentences.get(to + 1))) to++;
        return to - from + 1;
    }
}
