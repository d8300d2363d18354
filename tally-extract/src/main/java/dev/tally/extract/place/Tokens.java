package dev.tally.extract.place;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Words of a text as place matching sees them: each with its half-open character range
 * {@code [start, end)} into the text, the {@link TokenTrie#hash hash} of its folded form (lower
 * case, no diacritics, no apostrophes: "Shuja’iyya" and "Shujaiyya" both fold to
 * {@code shujaiyya}) and what separates it from the word before. Hyphens split words ("Deir
 * al-Balah" is three) but are remembered, so "al-" can be told apart from an English "as". A
 * possessive "'s" ends a word and is not one.
 * <p>
 * Matching compares words by hash only, so a plain ASCII word is hashed as it is read and no
 * string is made for it; {@link #folded} makes the folded string on request. Read against a
 * {@link Lexicon}, each word also carries its {@link #kinds}, looked up once: matching asks
 * about a word and its neighbours many times over.
 * Immutable once built; safe to share between threads.
 */
final class Tokens {
    /** What lies between a word and the one before it. */
    static final byte SPACE = 0, HYPHEN = 1, DOT = 2, BREAK = 3;

    /** ASCII letters and digits: most text is ASCII, and this test runs on every character. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) ASCII_WORD[c] = true;
        for (char c = 'a'; c <= 'z'; c++) ASCII_WORD[c] = ASCII_WORD[c - 32] = true;
    }

    private final String text;
    /** The text's chars: scanning an array beats {@code charAt}, most of all on a text that is not Latin-1. */
    private final char[] chars;
    private int size;
    private int[] starts;
    private int[] ends;
    private long[] words;
    private byte[] before;
    private int[] kinds;

    private Tokens(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int capacity = Math.max(4, text.length() / 6);
        starts = new int[capacity];
        ends = new int[capacity];
        words = new long[capacity];
        before = new byte[capacity];
    }

    /** Splits {@code text} into words and looks each up in {@code lexicon}; never throws on odd input. */
    static Tokens of(String text, Lexicon lexicon) {
        Tokens t = of(text);
        t.kinds = new int[t.size];
        for (int i = 0; i < t.size; i++) t.kinds[i] = lexicon.kinds(t.words[i]);
        return t;
    }

    /** Splits {@code text} into words, with no {@link #kinds}; never throws on odd input. */
    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        char[] chars = t.chars;
        int n = chars.length;
        int i = 0;
        int gapStart = 0;
        while (i < n) {
            if (!isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            // Plain ASCII letters and digits are folded and hashed in the same pass that finds the word's end;
            // c | 0x20 lower-cases an ASCII letter and leaves a digit as it is.
            long h = TokenTrie.FNV_BASIS;
            char c;
            while (i < n && (c = chars[i]) < 128 && ASCII_WORD[c]) {
                h = TokenTrie.extend(h, (char) (c | 0x20));
                i++;
            }
            int end = i;
            if (i < n && (chars[i] >= 128 || isApostrophe(chars[i]))) {
                end = wordEnd(text, start);
                h = hash(text, start, end);
            } else {
                h = TokenTrie.finish(h);
            }
            t.add(start, end, h, separator(chars, gapStart, start));
            gapStart = end;
            // A possessive "'s" belongs to no word: "Mosul's Old City" is "Mosul" | "Old City".
            i = end < n && isApostrophe(chars[end]) && end + 1 < n && isPossessive(text, end) ? end + 2 : end;
        }
        return t;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                i++;
            } else if (isApostrophe(c) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                    && !isPossessive(text, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isPossessive(String text, int apostrophe) {
        int s = apostrophe + 1;
        return (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 >= text.length() || !Character.isLetter(text.charAt(s + 1)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ' || c == 'ʻ' || c == 'ʿ' || c == 'ʾ' || c == '´';
    }

    /** Classifies the gap {@code [from, to)}: only spaces, one hyphen, one full stop, or a break. */
    private static byte separator(char[] text, int from, int to) {
        if (to - from == 1 && text[from] == ' ') return SPACE;
        byte kind = SPACE;
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '\n') {
                newlines++;
            } else if (c == '-' || c == '‐' || c == '‑') {
                if (kind != SPACE) return BREAK;
                kind = HYPHEN;
            } else if (c == '.') {
                if (kind != SPACE) return BREAK;
                kind = DOT;
            } else if (!Character.isWhitespace(c)) {
                return BREAK;
            }
        }
        return newlines > 1 ? BREAK : kind;
    }

    private void add(int start, int end, long word, byte sep) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            words = Arrays.copyOf(words, n);
            before = Arrays.copyOf(before, n);
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = word;
        before[size] = size == 0 ? BREAK : sep;
        size++;
    }

    /** The hash of the folded word {@code [start, end)}: folded as it is hashed when the word is ASCII. */
    static long hash(String s, int start, int end) {
        long h = TokenTrie.FNV_BASIS;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) return TokenTrie.hash(fold(s, start, end));
            if (c == '\'' || c == '`') continue;
            h = TokenTrie.extend(h, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return TokenTrie.finish(h);
    }

    /** Lower case, diacritics and apostrophes removed; ASCII input takes a fast path. */
    static String fold(CharSequence s, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) ascii = s.charAt(i) < 128;
        StringBuilder b = new StringBuilder(end - start);
        if (ascii) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c != '\'' && c != '`') b.append(Character.toLowerCase(c));
            }
            return b.toString();
        }
        String nfd = Normalizer.normalize(s.subSequence(start, end), Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) continue;
            b.append(special(Character.toLowerCase(c)));
        }
        return b.toString();
    }

    /** Latin letters that NFD does not split into a base letter and a mark. */
    private static String special(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            default -> String.valueOf(c);
        };
    }

    /** Every word's hash, in order. */
    long[] words() {
        return Arrays.copyOf(words, size);
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The hash of word {@code i}'s folded form. */
    long word(int i) {
        return words[i];
    }

    /** Word {@code i} folded (made on each call: matching itself needs only {@link #word}). */
    String folded(int i) {
        return fold(text, starts[i], ends[i]);
    }

    /** Word {@code i}'s {@link Lexicon#kinds}, for tokens read against a lexicon: test them with the {@code Lexicon.is...(int)} methods. */
    int kinds(int i) {
        return kinds[i];
    }

    /** The separator between word {@code i} and word {@code i - 1}; {@link #BREAK} for the first. */
    byte before(int i) {
        return before[i];
    }

    /** True when the word starts with an upper-case letter. */
    boolean capitalised(int i) {
        char c = chars[starts[i]];
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** True when every letter of the word is upper case ("ISIS", "US"). */
    boolean allCaps(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isLowerCase(chars[k])) return false;
        }
        return true;
    }

    /** True when word {@code i} opens a sentence: first word, or after . ! ? or a blank line. */
    boolean sentenceStart(int i) {
        if (i == 0) return true;
        if (before[i] == BREAK && blankLine(ends[i - 1], starts[i])) return true;
        for (int k = starts[i] - 1; k >= ends[i - 1]; k--) {
            char c = chars[k];
            if (c == '.' || c == '!' || c == '?') return before[i] != DOT || ends[i - 1] - starts[i - 1] > 1;
        }
        return false;
    }

    /** True when {@code [from, to)} holds two newlines in a row. */
    private boolean blankLine(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (chars[k] == '\n' && chars[k + 1] == '\n') return true;
        }
        return false;
    }

    String text() {
        return text;
    }
}
