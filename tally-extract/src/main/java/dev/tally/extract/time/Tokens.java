package dev.tally.extract.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut into words, numbers and single punctuation marks, with their half-open character
 * offsets into the original text. Whitespace is not a token; how much of it stood before a token
 * is kept ({@link #gap(int)}), because "17,2017" and "17, 2017" read differently from
 * "1,200", and a date at the start of a line reads differently from one inside a sentence.
 *
 * <p>A number directly followed by an ordinal suffix ("7th", "21st") is one token. Immutable
 * once built; indices outside {@code [0, size)} read as "no such token", so grammar code can
 * look ahead and behind without bounds checks.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte PUNCT = 2;

    /** Gap kinds before a token: none, spaces, one line break, a blank line (paragraph). */
    static final byte ADJACENT = 0;
    static final byte SPACE = 1;
    static final byte LINE = 2;
    static final byte PARAGRAPH = 3;

    /** Longer digit runs are kept as tokens but never read as numbers. */
    private static final int MAX_DIGITS = 9;

    final String text;
    private final Vocabulary vocabulary;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private byte[] types = new byte[64];
    private byte[] gaps = new byte[64];
    private String[] keys = new String[64];
    private int[] values = new int[64];
    private boolean[] ordinals = new boolean[64];
    private int[] flags = new int[64];

    private Tokens(String text, Vocabulary vocabulary) {
        this.text = text;
        this.vocabulary = vocabulary;
    }

    /**
     * Tokens of {@code text[0, limit)}. Each word is looked up in {@code vocabulary} once, so that
     * the grammar tests flag bits instead of looking words up again and again.
     */
    static Tokens of(String text, int limit, Vocabulary vocabulary) {
        Tokens t = new Tokens(text, vocabulary);
        t.scan(Math.min(limit, text.length()));
        return t;
    }

    private void scan(int limit) {
        int i = 0;
        int newlines = 0;
        boolean space = false;
        while (i < limit) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c == '\n') newlines++;
                space = true;
                i++;
                continue;
            }
            byte gap = newlines >= 2 ? PARAGRAPH : newlines == 1 ? LINE : space ? SPACE : ADJACENT;
            if (size == 0 && gap == SPACE) gap = LINE;
            i = scanToken(i, limit, gap);
            newlines = 0;
            space = false;
        }
    }

    private int scanToken(int from, int limit, byte gap) {
        char c = text.charAt(from);
        int i = from + 1;
        if (isAsciiDigit(c)) {
            while (i < limit && isAsciiDigit(text.charAt(i))) i++;
            int digitsEnd = i;
            int suffixEnd = ordinalSuffixEnd(i, limit);
            add(from, suffixEnd, NUM, gap, text.substring(from, digitsEnd), numberValue(from, digitsEnd), suffixEnd > digitsEnd);
            return suffixEnd;
        }
        if (isLetter(c)) {
            return scanWord(from, limit, gap);
        }
        if (Character.isHighSurrogate(c) && i < limit && Character.isLowSurrogate(text.charAt(i))) i++;
        add(from, i, PUNCT, gap, punctKey(c), -1, false);
        return i;
    }

    /** A word; its key is the lexicon's string when the lexicon has it, else made only if asked for. */
    private int scanWord(int from, int limit, byte gap) {
        int hash = 0;
        boolean ascii = true;
        int i = from;
        for (char c; i < limit && isLetter(c = text.charAt(i)); i++) {
            ascii &= c < 128;
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int slot = ascii ? vocabulary.find(text, from, i, hash) : -1;
        add(from, i, WORD, gap, slot < 0 ? null : vocabulary.word(slot), -1, false);
        if (slot >= 0) flags[size - 1] = vocabulary.flags(slot);
        return i;
    }

    /** End of "st"/"nd"/"rd"/"th" right after a number, or {@code at} when there is none. */
    private int ordinalSuffixEnd(int at, int limit) {
        if (at + 2 > limit) return at;
        String s = text.substring(at, at + 2).toLowerCase(Locale.ROOT);
        boolean suffix = s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
        boolean alone = at + 2 == limit || !Character.isLetterOrDigit(text.charAt(at + 2));
        return suffix && alone ? at + 2 : at;
    }

    private int numberValue(int from, int to) {
        if (to - from > MAX_DIGITS) return -1;
        return Integer.parseInt(text, from, to, 10);
    }

    // ASCII first: most news text is ASCII, and Character's Unicode tables were a fifth of the scan.
    private static boolean isLetter(char c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    private static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String punctKey(char c) {
        // Dashes and quotes have many code points; the grammar only needs to know the family.
        if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') return "-";
        if (c == '\u2019' || c == '\u2018') return "'";
        return String.valueOf(c);
    }

    private void add(int start, int end, byte type, byte gap, String key, int value, boolean ordinal) {
        if (size == starts.length) grow();
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        gaps[size] = gap;
        keys[size] = key;
        values[size] = value;
        ordinals[size] = ordinal;
        flags[size] = 0;
        size++;
    }

    private void grow() {
        int n = size * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        types = Arrays.copyOf(types, n);
        gaps = Arrays.copyOf(gaps, n);
        keys = Arrays.copyOf(keys, n);
        values = Arrays.copyOf(values, n);
        ordinals = Arrays.copyOf(ordinals, n);
        flags = Arrays.copyOf(flags, n);
    }

    int size() {
        return size;
    }

    boolean exists(int i) {
        return i >= 0 && i < size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Whitespace before token {@code i}; the first token counts as starting a line. */
    byte gap(int i) {
        return exists(i) ? gaps[i] : PARAGRAPH;
    }

    /** The lexicon's flag bits for a word (see {@link TimeLexicon}); 0 for other tokens. */
    int flags(int i) {
        return exists(i) ? flags[i] : 0;
    }

    /** Whether the word at {@code i} has any of the lexicon flags in {@code mask}. */
    boolean has(int i, int mask) {
        return (flags(i) & mask) != 0;
    }

    /** Lower-case word, digits of a number, or the punctuation mark (dashes folded to "-"). */
    String key(int i) {
        if (!exists(i)) return "";
        if (keys[i] == null) keys[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
        return keys[i];
    }

    boolean isWord(int i) {
        return exists(i) && types[i] == WORD;
    }

    boolean isNum(int i) {
        return exists(i) && types[i] == NUM;
    }

    /** Whether token {@code i} is the word {@code lower} (given in lower case), in any case. */
    boolean isWord(int i, String lower) {
        if (!isWord(i)) return false;
        if (keys[i] != null) return keys[i].equals(lower);
        return ends[i] - starts[i] == lower.length() && matchesLowerAscii(text, starts[i], lower);
    }

    /**
     * Whether {@code text} at {@code from} reads {@code lower} (lower-case ASCII) in any case.
     * Hand-written because {@link String#regionMatches(boolean, int, String, int, int)} folds
     * Unicode case and was the scanner's hottest call.
     */
    static boolean matchesLowerAscii(String text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(from + k);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }

    /** Length of token {@code i} in characters. */
    int length(int i) {
        return exists(i) ? ends[i] - starts[i] : 0;
    }

    boolean isPunct(int i, String mark) {
        return exists(i) && types[i] == PUNCT && keys[i].equals(mark);
    }

    /** Whether the word as written starts with a capital letter ("March", not "march"). */
    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether the word as written is in capitals throughout ("BAGHDAD"). */
    boolean isAllCaps(int i) {
        if (!isWord(i)) return false;
        for (int k = starts[i]; k < ends[i]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) return false;
        }
        return true;
    }

    /** The number's value, or -1 when the token is no number or too long to be one. */
    int value(int i) {
        return isNum(i) ? values[i] : -1;
    }

    int digits(int i) {
        return isNum(i) ? keys[i].length() : 0;
    }

    boolean isOrdinal(int i) {
        return isNum(i) && ordinals[i];
    }

    /** Whether token {@code i} touches the token before it ("1,200": the "200" does). */
    boolean adjacent(int i) {
        return exists(i) && gaps[i] == ADJACENT;
    }

    /**
     * Whether token {@code i} is a plausible year: four digits from 1900 to 2100. A thousands group
     * always has three digits, so "1,200" never yields one.
     */
    boolean isYear(int i) {
        if (digits(i) != 4 || isOrdinal(i)) return false;
        int v = values[i];
        return v >= 1900 && v <= 2100;
    }
}
