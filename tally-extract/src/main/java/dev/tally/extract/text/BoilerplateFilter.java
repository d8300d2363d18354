package dev.tally.extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises site boilerplate among the units (lines after joining hard wraps) of one text: share and
 * comment widgets, navigation, calls to action, lone e-mail addresses and URLs, and the short tail a site
 * appends after them.
 *
 * <p>Phrases and word lists come from {@code boilerplate.txt}; the shapes (address alone on a line, tail
 * after boilerplate) are code. A unit that holds a number and a word for people is never boilerplate.
 * Stateless and thread-safe.
 */
final class BoilerplateFilter {
    /** Units longer than this (in original characters) are prose, never checked. */
    static final int MAX_CHARS = 240;
    static final int MAX_PREFIX_WORDS = 12;
    static final int MAX_WIDGET_WORDS = 8;
    static final int MAX_CTA_WORDS = 15;
    /** A tail unit after boilerplate may be dropped with it if it has at most this many words ... */
    static final int MAX_TAIL_WORDS = 15;
    /** ... and the tail holds at most this many units. */
    static final int MAX_TAIL_UNITS = 10;

    private static final RuleFile RULES = RuleFile.load("boilerplate.txt", Set.of("exact", "prefix",
            "widget-word", "cta-word", "counter", "people-word", "number-word"));
    private static final Set<String> EXACT = Set.copyOf(RULES.values("exact"));
    private static final Set<String> WIDGET_WORDS = Set.copyOf(RULES.values("widget-word"));
    private static final Set<String> CTA_WORDS = Set.copyOf(RULES.values("cta-word"));
    private static final Set<String> COUNTERS = Set.copyOf(RULES.values("counter"));
    private static final Set<String> PEOPLE_WORDS = Set.copyOf(RULES.values("people-word"));
    private static final Set<String> NUMBER_WORDS = Set.copyOf(RULES.values("number-word"));

    /**
     * Which units to drop. Unit {@code u} is lines {@code unitFirst[u] .. unitFirst[u + 1] - 1} of
     * {@code lines} ({@code lines.size()} ends the last one).
     */
    boolean[] dropped(String text, LineTable lines, int[] unitFirst, int units) {
        boolean[] drop = new boolean[units];
        boolean[] tailLike = new boolean[units];
        for (int u = 0; u < units; u++) {
            int lastLine = (u + 1 < units ? unitFirst[u + 1] : lines.size()) - 1;
            if (lines.end(lastLine) - lines.start(unitFirst[u]) > MAX_CHARS) {
                continue;
            }
            UnitWords words = UnitWords.of(text, lines, unitFirst[u], lastLine);
            boolean guarded = carriesPeopleCount(words);
            drop[u] = !guarded && isBoilerplate(words);
            tailLike[u] = drop[u] || (!guarded && words.count() <= MAX_TAIL_WORDS);
        }
        dropTail(drop, tailLike);
        return drop;
    }

    /**
     * Drops the short tail a site appends after its boilerplate ("Previous Post Next Post", "ADS", a
     * publisher's blurb): from the first boilerplate unit of the document's short, boilerplate-like tail
     * on, everything goes, provided boilerplate makes up at least two and at least half of those units.
     * One stray boilerplate line before a short last paragraph drops only itself.
     */
    private static void dropTail(boolean[] drop, boolean[] tailLike) {
        int from = drop.length;
        while (from > 0 && tailLike[from - 1] && drop.length - from < MAX_TAIL_UNITS) {
            from--;
        }
        int first = from;
        while (first < drop.length && !drop[first]) {
            first++;
        }
        int boilerplate = 0;
        for (int u = first; u < drop.length; u++) {
            boilerplate += drop[u] ? 1 : 0;
        }
        if (boilerplate < 2 || 2 * boilerplate < drop.length - first) {
            return;
        }
        for (int u = first; u < drop.length; u++) {
            drop[u] = true;
        }
    }

    static boolean isBoilerplate(UnitWords words) {
        String bare = words.bare();
        if (bare.isEmpty()) {
            return true; // no letter or digit: rules, bullets, separators
        }
        return EXACT.contains(bare)
                || startsWithPhrase(bare, words.count())
                || isAddress(words)
                || isWidget(words)
                || isCallToAction(words)
                || isCounter(words);
    }

    private static boolean startsWithPhrase(String bare, int count) {
        if (count > MAX_PREFIX_WORDS) {
            return false;
        }
        for (String phrase : RULES.values("prefix")) {
            if (bare.startsWith(phrase)
                    && (bare.length() == phrase.length() || !Character.isLetter(bare.charAt(phrase.length())))) {
                return true;
            }
        }
        return false;
    }

    /** An e-mail address or URL alone, or after one label word ending in ':' ("Email: x@y.org"). */
    private static boolean isAddress(UnitWords words) {
        int count = words.count();
        if (count == 2 && !words.token(0).endsWith(":") || count > 2 || count == 0) {
            return false;
        }
        String token = UnitWords.strip(words.token(count - 1));
        return WebAddress.isEmail(token) || WebAddress.isUrl(token);
    }

    private static boolean isWidget(UnitWords words) {
        if (words.count() > MAX_WIDGET_WORDS) {
            return false;
        }
        boolean anyWord = false;
        for (int i = 0; i < words.count(); i++) {
            String token = UnitWords.strip(words.token(i));
            if (token.isEmpty()) {
                continue; // a separator such as | » /
            }
            if (!WIDGET_WORDS.contains(token)) {
                return false;
            }
            anyWord = true;
        }
        return anyWord;
    }

    private static boolean isCallToAction(UnitWords words) {
        if (words.count() > MAX_CTA_WORDS || !words.key().endsWith(":")) {
            return false;
        }
        for (int i = 0; i < words.count(); i++) {
            if (CTA_WORDS.contains(UnitWords.strip(words.token(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCounter(UnitWords words) {
        return words.count() == 2 && isNumber(UnitWords.strip(words.token(0)))
                && COUNTERS.contains(UnitWords.strip(words.token(1)));
    }

    /** The guard: a number and a word for people anywhere in the unit. */
    static boolean carriesPeopleCount(UnitWords words) {
        boolean number = false;
        boolean people = false;
        for (int i = 0; i < words.count(); i++) {
            String token = UnitWords.strip(words.token(i));
            number |= isNumber(token);
            people |= PEOPLE_WORDS.contains(token);
        }
        return number && people;
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return NUMBER_WORDS.contains(token.toLowerCase(Locale.ROOT));
    }
}
