package dev.tally.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words, numbers and punctuation in one pass over its characters.
 * Words keep inner hyphens and apostrophes ("US-backed", "Iraq's"); numbers keep inner
 * separators ("24,464", "1.3"); digits with a letter suffix are ordinals or units ("17th", "50C").
 * Stateless and thread-safe; never throws.
 */
public final class Tokenizer {

    public List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isDigit(c)) {
                i = number(s, i, out);
            } else if (isLetter(c)) {
                i = word(s, i, out);
            } else {
                out.add(token(s, i, i + 1, Token.Type.PUNCT));
                i++;
            }
        }
        return out;
    }

    private static int number(String s, int start, List<Token> out) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < n && isDigit(s.charAt(i + 1)) && i > start) {
                i++;
            } else {
                break;
            }
        }
        if (i < n && isLetter(s.charAt(i))) {
            int j = i;
            while (j < n && isLetter(s.charAt(j))) j++;
            out.add(token(s, start, j, Token.Type.ORDINAL));
            return j;
        }
        out.add(token(s, start, i, Token.Type.NUMBER));
        return i;
    }

    private static int word(String s, int start, List<Token> out) {
        int n = s.length();
        int i = start + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (isLetter(c) || c == '\u00AD') {
                i++;
            } else if (isJoiner(c) && i + 1 < n && isLetter(s.charAt(i + 1))) {
                i += 2;
            } else if (c == '.' && i + 1 < n && isLetter(s.charAt(i + 1)) && i + 2 < n && s.charAt(i + 2) == '.') {
                i += 3; // dotted abbreviations: U.S., U.N.
            } else {
                break;
            }
        }
        if (i < n && s.charAt(i) == '.' && i - start <= 3 && s.substring(start, i).indexOf('.') > 0) {
            i++; // the final dot of "U.S."
        }
        out.add(token(s, start, i, Token.Type.WORD));
        return i;
    }

    // ASCII first: most news text is ASCII, and Character's Unicode tables were a good part of the scan
    private static boolean isLetter(char c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    private static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Token token(String s, int start, int end, Token.Type type) {
        String text = s.substring(start, end);
        String lower = text;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("\u00AD", "");
                break;
            }
        }
        int known = Words.known(); // read before the look-up: a word numbered in between is then still found by its string
        return new Token(start, end, text, lower, type, Words.find(lower), known);
    }
}
