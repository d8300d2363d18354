package dev.tally.extract.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut into words, numbers and single punctuation marks, with their half-open character
 * offsets into the original text. Whitespace is not a token; how much of it stood before a token
 * is kept ({@link #gap(int)}), because "17,2017" and "17, 2017" read differently from
 * "1,200", and a date at the start of a line reads differently from one inside a sentence.
 *
 * <p>A number directly followed by an ordinal suffix ("7th", "21st") is one token. The anchors
 * the grammar starts from ({@link #anchor(int)}) are recorded on the way. Immutable once built; indices outside {@code [0, size)} read as "no such token", so grammar code can
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
    private int[] starts;
    private int[] ends;
    private byte[] types;
    private byte[] gaps;
    private String[] keys;
    private int[] values;
    private boolean[] ordinals;
    private int[] flags;
    /** Indices of the anchor tokens ({@link #anchor(int)}), in order. */
    private int[] anchors = new int[16];
    private int anchorCount;

    /** Room for {@code capacity} tokens before the arrays grow. */
    private Tokens(String text, Vocabulary vocabulary, int capacity) {
        this.text = text;
        this.vocabulary = vocabulary;
        starts = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
        gaps = new byte[capacity];
        keys = new String[capacity];
        values = new int[capacity];
        ordinals = new boolean[capacity];
        flags = new int[capacity];
    }

    /**
     * Tokens of {@code text[0, limit)}. Each word is looked up in {@code vocabulary} once, so that
     * the grammar tests flag bits instead of looking words up again and again.
     */
    static Tokens of(String text, int limit, Vocabulary vocabulary) {
        int end = Math.min(limit, text.length());
        // English news runs about five characters a token, spaces included: rarely a regrowth.
        Tokens t = new Tokens(text, vocabulary, 16 + end / 4);
        t.scan(end);
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
            // Words first: they are most of the tokens.
            if (isLetter(c)) i = scanWord(i, limit, gap);
            else if (isAsciiDigit(c)) i = scanNumber(i, limit, gap);
            else i = scanMark(i, limit, gap);
            newlines = 0;
            space = false;
        }
    }

    /** A punctuation mark or symbol: one character, or one code point written as a surrogate pair. */
    private int scanMark(int from, int limit, byte gap) {
        int i = from + 1;
        if (Character.isHighSurrogate(text.charAt(from)) && i < limit && Character.isLowSurrogate(text.charAt(i))) i++;
        add(from, i, PUNCT, gap);
        return i;
    }

    /**
     * A word; its key is the lexicon's string when the lexicon has it, else made only if asked for.
     * Its letter code for the lookup is built on the way, so the word is read once.
     */
    private int scanWord(int from, int limit, byte gap) {
        long code = 0;
        boolean ascii = true;
        int i = from;
        for (char c; i < limit && isLetter(c = text.charAt(i)); i++) {
            ascii &= c < 128;
            code = Vocabulary.addLetter(code, c);
        }
        int slot = ascii ? vocabulary.find(text, from, i, code) : -1;
        int k = add(from, i, WORD, gap);
        if (slot >= 0) {
            keys[k] = vocabulary.word(slot);
            flags[k] = vocabulary.flags(slot);
            if ((flags[k] & TimeLexicon.ANCHOR) != 0) addAnchor(k);
        }
        return i;
    }

    /** A number, read as its digits go by; longer runs than {@link #MAX_DIGITS} have no value. */
    private int scanNumber(int from, int limit, byte gap) {
        int value = 0;
        int i = from;
        for (char c; i < limit && isAsciiDigit(c = text.charAt(i)); i++) {
            value = i - from < MAX_DIGITS ? value * 10 + (c - '0') : -1;
        }
        int suffixEnd = ordinalSuffixEnd(i, limit);
        int k = add(from, suffixEnd, NUM, gap);
        values[k] = value;
        ordinals[k] = suffixEnd > i;
        addAnchor(k);
        return suffixEnd;
    }

    /** End of "st"/"nd"/"rd"/"th" right after a number, or {@code at} when there is none. */
    private int ordinalSuffixEnd(int at, int limit) {
        if (at + 2 > limit) return at;
        char a = lowerAscii(text.charAt(at));
        char b = lowerAscii(text.charAt(at + 1));
        boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
        boolean alone = at + 2 == limit || !Character.isLetterOrDigit(text.charAt(at + 2));
        return suffix && alone ? at + 2 : at;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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

    /** The mark a punctuation token stands for: dashes and quotes have many code points, and the grammar only needs the family. */
    private static char punctMark(char c) {
        if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') return '-';
        if (c == '\u2019' || c == '\u2018') return '\'';
        return c;
    }

    /**
     * Adds a token and returns its index. The fields only some tokens have (key, value, ordinal, flags)
     * stay at their defaults (none, 0, false, 0) for the caller to set: most tokens are words that have
     * none, and nothing reads a value or ordinal but a number's.
     */
    private int add(int start, int end, byte type, byte gap) {
        if (size == starts.length) grow();
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        gaps[size] = gap;
        return size++;
    }

    private void addAnchor(int token) {
        if (anchorCount == anchors.length) anchors = Arrays.copyOf(anchors, anchorCount * 2);
        anchors[anchorCount++] = token;
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

    /**
     * How many anchors the text has: numbers, and words with the lexicon's {@link TimeLexicon#ANCHOR}
     * flag. Recorded while scanning, so the grammar can go from anchor to anchor instead of testing
     * every token for one.
     */
    int anchorCount() {
        return anchorCount;
    }

    /** The token index of anchor {@code k}, {@code 0 <= k < anchorCount()}; increasing with {@code k}. */
    int anchor(int k) {
        return anchors[k];
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

    /**
     * Lower-case word, digits of a number, or the punctuation mark (dashes folded to "-"). Made on
     * first request: the grammar asks for few tokens' keys, and most tokens are words it skips.
     */
    String key(int i) {
        if (!exists(i)) return "";
        if (keys[i] == null) keys[i] = makeKey(i);
        return keys[i];
    }

    private String makeKey(int i) {
        return switch (types[i]) {
            case NUM -> text.substring(starts[i], starts[i] + digits(i));
            case PUNCT -> String.valueOf(punctMark(text.charAt(starts[i])));
            default -> text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
        };
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
        return ends[i] - starts[i] == lower.length() && Vocabulary.matchesLowerAscii(text, starts[i], lower);
    }

    /** Length of token {@code i} in characters. */
    int length(int i) {
        return exists(i) ? ends[i] - starts[i] : 0;
    }

    /** Whether token {@code i} is the punctuation mark {@code mark} (one character; dashes as "-"). */
    boolean isPunct(int i, String mark) {
        return exists(i) && types[i] == PUNCT && mark.length() == 1 && punctMark(text.charAt(starts[i])) == mark.charAt(0);
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

    /** How many digits the number has, an ordinal suffix aside; 0 for other tokens. */
    int digits(int i) {
        return isNum(i) ? ends[i] - starts[i] - (ordinals[i] ? 2 : 0) : 0;
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
