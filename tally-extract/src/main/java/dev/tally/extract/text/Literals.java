package dev.tally.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal strings of which every match of a pattern holds one: a text range that holds none of them
 * cannot match, so the pattern need not run there. A regex tries its alternatives at every offset; this
 * looks only where a literal's last character stands (most rules' words end in a few letters: "towns",
 * "areas" in 's'), and most sentences hold none of a rule's words. Case-insensitive literals compare as
 * {@link String#regionMatches(boolean, int, String, int, int)} does, which accepts all that a
 * {@code CASE_INSENSITIVE} pattern does. ASCII literals only. Immutable, so thread-safe.
 */
public final class Literals {
    /** Per ASCII last character, the literals that end with it; null where none does. */
    private final String[][] byLast = new String[128][];
    private final boolean ignoreCase;

    private Literals(boolean ignoreCase, String... literals) {
        this.ignoreCase = ignoreCase;
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) lists.add(new ArrayList<>());
        for (String s : literals) {
            if (s.isEmpty() || !s.chars().allMatch(c -> c < 128)) throw new IllegalArgumentException("literals must be ASCII and not empty; got '" + s + "'");
            char last = s.charAt(s.length() - 1);
            lists.get(last).add(s);
            if (ignoreCase) {
                lists.get(Character.toLowerCase(last)).add(s);
                lists.get(Character.toUpperCase(last)).add(s);
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) byLast[c] = lists.get(c).stream().distinct().toArray(String[]::new);
        }
    }

    /** Literals compared as written. */
    public static Literals of(String... literals) {
        return new Literals(false, literals);
    }

    /** Literals compared without regard to case. */
    public static Literals ignoringCase(String... literals) {
        return new Literals(true, literals);
    }

    /** Whether {@code text[from, to)} holds one of the literals whole. */
    public boolean anyIn(String text, int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(to, text.length());
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 || byLast[c] == null) continue;
            for (String literal : byLast[c]) {
                int at = i + 1 - literal.length();
                if (at >= start && text.regionMatches(ignoreCase, at, literal, 0, literal.length())) return true;
            }
        }
        return false;
    }
}
