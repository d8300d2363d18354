package dev.tally.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words, numbers and punctuation in one pass over its characters.
 * Words keep inner hyphens and apostrophes ("US-backed", "Iraq's"); numbers keep inner
 * separators ("24,464", "1.3"); digits with a letter suffix are ordinals or units ("17th", "50C").
 * Each token gets its word's number ({@link Words}) as it is made. Stateless and thread-safe;
 * never throws.
 */
public final class Tokenizer {

    public List<Token> tokenize(String s) {
        return tokenize(s, Words.lookup());
    }

    /**
     * The lower-case words of {@code phrase}, as its tokens have them, without numbering them. For building word
     * lists, which register words phrase by phrase: numbering each phrase's tokens made {@link Words} rebuild its
     * lookup at every phrase, quadratic in the lists' size (about a third of building an extractor). A token's
     * lower-case form is the same whether its word was looked up or not.
     */
    static String[] words(String phrase) {
        return new Tokenizer().tokenize(phrase, Words.Lookup.NONE).stream().map(Token::lower).toArray(String[]::new);
    }

    private List<Token> tokenize(String s, Words.Lookup words) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end;
            Token.Type type;
            if (isSpace(c)) {
                i++;
                continue;
            } else if (isDigit(c)) {
                int digits = number(s, i);
                end = letters(s, digits);
                type = end > digits ? Token.Type.ORDINAL : Token.Type.NUMBER;
            } else if (isLetter(c)) {
                end = word(s, i);
                type = Token.Type.WORD;
            } else {
                end = i + 1;
                type = Token.Type.PUNCT;
            }
            out.add(token(s, i, end, type, words));
            i = end;
        }
        return out;
    }

    /** End of the digits at {@code start}, with inner separators ("24,464", "1.3"). */
    private static int number(String s, int start) {
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
        return i;
    }

    /** End of the letters at {@code from}: a unit or ordinal suffix right after digits ("17th", "50C"). */
    private static int letters(String s, int from) {
        int j = from;
        while (j < s.length() && isLetter(s.charAt(j))) j++;
        return j;
    }

    private static int word(String s, int start) {
        int n = s.length();
        int i = start + 1;
        while (i < n) {
            char c = s.charAt(i);
            // digits glued to letters are part of a name or a handle ("@user2", "Su24"), never a figure
            if (isLetter(c) || c == '\u00AD' || isDigit(c)) {
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
        return i;
    }

    /**
     * Whether {@code c} is a letter, as words are read here. ASCII first: most news text is ASCII, and
     * Character's Unicode tables were a good part of the scan.
     */
    public static boolean isLetter(char c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    private static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A hyphen or apostrophe that joins two letters into one word ("ISIS-held", "Iraq's"). */
    public static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A token with its lower-case form and word number. ASCII text is hashed as it is read and
     * looked up from the characters, so a listed word shares the list's string and others are
     * lower-cased only when they hold a capital.
     */
    private static Token token(String s, int start, int end, Token.Type type, Words.Lookup words) {
        int hash = 0;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > 127) return unicodeToken(s.substring(start, end), start, end, type, words);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
                c += 'a' - 'A';
            }
            hash = 31 * hash + c;
        }
        int id = words.find(s, start, end, hash);
        // a listed word written in lower case, the commonest token, needs no string of its own
        String text = id >= 0 && !upper ? words.word(id) : s.substring(start, end);
        String lower = id >= 0 ? words.word(id) : upper ? text.toLowerCase(Locale.ROOT) : text;
        return new Token(start, end, text, lower, type, id, words.size());
    }

    /** Curly apostrophes read as straight ones and soft hyphens as nothing, for look-ups. */
    private static Token unicodeToken(String text, int start, int end, Token.Type type, Words.Lookup words) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("\u00AD", "");
        return new Token(start, end, text, lower, type, words.find(lower), words.size());
    }
}
