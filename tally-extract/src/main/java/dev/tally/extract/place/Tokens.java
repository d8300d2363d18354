package dev.tally.extract.place;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Words of a text as place matching sees them: each with its half-open character range
 * {@code [start, end)} into the text, a folded form (lower case, no diacritics, no apostrophes:
 * "Shuja’iyya" and "Shujaiyya" both give {@code shujaiyya}) and what separates it from the word
 * before. Hyphens split words ("Deir al-Balah" is three) but are remembered, so "al-" can be
 * told apart from an English "as". A possessive "'s" ends a word and is not one.
 * Immutable once built; safe to share between threads.
 */
final class Tokens {
    /** What lies between a word and the one before it. */
    static final byte SPACE = 0, HYPHEN = 1, DOT = 2, BREAK = 3;

    private final String text;
    private int size;
    private int[] starts = new int[4];
    private int[] ends = new int[4];
    private String[] folded = new String[4];
    private byte[] before = new byte[4];

    private Tokens(String text) {
        this.text = text;
    }

    /** Splits {@code text} into words; never throws on odd input. */
    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int i = 0;
        int gapStart = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            t.add(i, end, separator(text, gapStart, i));
            gapStart = end;
            // A possessive "'s" belongs to no word: "Mosul's Old City" is "Mosul" | "Old City".
            i = end < text.length() && isApostrophe(text.charAt(end)) && end + 1 < text.length()
                    && isPossessive(text, end) ? end + 2 : end;
        }
        return t;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
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
    private static byte separator(String text, int from, int to) {
        byte kind = SPACE;
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
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

    private void add(int start, int end, byte sep) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            folded = Arrays.copyOf(folded, n);
            before = Arrays.copyOf(before, n);
        }
        starts[size] = start;
        ends[size] = end;
        folded[size] = fold(text, start, end);
        before[size] = size == 0 ? BREAK : sep;
        size++;
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

    /** Every word's folded form, in order. */
    String[] foldedWords() {
        return Arrays.copyOf(folded, size);
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

    String folded(int i) {
        return folded[i];
    }

    /** The separator between word {@code i} and word {@code i - 1}; {@link #BREAK} for the first. */
    byte before(int i) {
        return before[i];
    }

    /** True when the word starts with an upper-case letter. */
    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** True when every letter of the word is upper case ("ISIS", "US"). */
    boolean allCaps(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) return false;
        }
        return true;
    }

    /** True when word {@code i} opens a sentence: first word, or after . ! ? or a blank line. */
    boolean sentenceStart(int i) {
        if (i == 0) return true;
        if (before[i] == BREAK && text.substring(ends[i - 1], starts[i]).contains("\n\n")) return true;
        for (int k = starts[i] - 1; k >= ends[i - 1]; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?') return before[i] != DOT || ends[i - 1] - starts[i - 1] > 1;
        }
        return false;
    }

    String text() {
        return text;
    }
}
