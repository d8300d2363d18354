package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Part;
import dev.tally.extract.time.Expr.Relative;
import dev.tally.extract.time.Expr.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the time grammar reads, loaded once from {@code lexicon.tsv} beside this class (the
 * file documents its format). A malformed file fails class initialization with the line at fault.
 * Immutable after loading: safe to share between threads.
 */
final class TimeLexicon {
    static final String RESOURCE = "lexicon.tsv";

    /**
     * Flag bits of a word, as {@link Vocabulary} gives them: which lists it is in or starts a phrase
     * of. Bits 0-3 hold a month number, 4-6 an ISO weekday number.
     */
    static final int MONTH_BITS = 0xF;
    static final int WEEKDAY_SHIFT = 4;
    static final int MONTH_ABBR = 1 << 7;
    static final int WEEKDAY_ABBR = 1 << 8;
    static final int LICENSOR = 1 << 9;
    static final int ABSORBED = 1 << 10;
    static final int UNIT = 1 << 11;
    static final int DAYPART = 1 << 12;
    static final int NUMBER = 1 << 13;
    static final int RELATIVE = 1 << 14;
    static final int PART = 1 << 15;
    static final int DAY_OF = 1 << 16;
    static final int APPROX = 1 << 17;
    static final int LOOKBACK = 1 << 18;
    static final int EXTENT = 1 << 19;
    static final int EVENT = 1 << 20;
    /** Words the grammar's code reads at the start of an expression. */
    static final int GRAMMAR = 1 << 21;
    static final int MONTH = 1 << 22;
    static final int WEEKDAY = 1 << 23;
    /** Set on every word of the lexicon: a word without it can be in no phrase. */
    static final int KNOWN = 1 << 24;
    /**
     * Set on words every expression holds near its start (months, weekdays, units, parts of the
     * day, the last words of relative phrases); numbers are anchors too. A token with no anchor
     * among the next {@link #ANCHOR_REACH} tokens starts no expression, which lets the scanner
     * skip most of a text's "the", "a" and "in" without trying the rules there.
     */
    static final int ANCHOR = 1 << 25;
    /** A verb that dates a start ("since the war began in 2011"). */
    static final int BEGINNING = 1 << 26;
    /** The first word of a holiday on a fixed day ("New Year's Day", "Christmas"). */
    static final int HOLIDAY = 1 << 27;
    static final int ANCHOR_REACH = 8;

    private static final Set<String> GRAMMAR_WORDS = Set.of("since", "between", "from", "the", "last", "this", "next", "past", "early", "late", "aged", "age");

    static final TimeLexicon DEFAULT = load();

    /** A count as words give it: "two" is 2..2, "several" 2..9. */
    record Count(int min, int max) {}

    final Map<String, Integer> months = new HashMap<>();
    final Set<String> monthAbbreviations = new HashSet<>();
    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final Set<String> weekdayAbbreviations = new HashSet<>();
    final PhraseTrie<Count> numbers = new PhraseTrie<>();
    final Map<String, Unit> units = new HashMap<>();
    final PhraseTrie<Relative> relatives = new PhraseTrie<>();
    final PhraseTrie<Part> parts = new PhraseTrie<>();
    final PhraseTrie<String> dayOf = new PhraseTrie<>();
    final Set<String> dayparts = new HashSet<>();
    final Set<String> beginnings = new HashSet<>();
    final PhraseTrie<String> approximations = new PhraseTrie<>();
    final PhraseTrie<String> lookbacks = new PhraseTrie<>();
    final PhraseTrie<String> extents = new PhraseTrie<>();
    final Set<String> absorbed = new HashSet<>();
    final Set<String> licensors = new HashSet<>();
    final PhraseTrie<String> events = new PhraseTrie<>();
    /** Holidays on a fixed day of the year, as month * 100 + day. */
    final PhraseTrie<Integer> holidays = new PhraseTrie<>();
    private final Map<String, Integer> flagsByWord = new HashMap<>();

    private TimeLexicon() {}

    private Vocabulary vocabulary;

    /** Every word of the lexicon with its flags, for the tokenizer. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    private void indexFlags() {
        months.forEach((w, m) -> flag(w, MONTH | m | (monthAbbreviations.contains(w) ? MONTH_ABBR : 0)));
        weekdays.forEach((w, d) -> flag(w, WEEKDAY | (d.getValue() << WEEKDAY_SHIFT) | (weekdayAbbreviations.contains(w) ? WEEKDAY_ABBR : 0)));
        months.keySet().forEach(w -> flag(w, ANCHOR));
        weekdays.keySet().forEach(w -> flag(w, ANCHOR));
        units.keySet().forEach(w -> flag(w, ANCHOR));
        dayparts.forEach(w -> flag(w, ANCHOR));
        relatives.lastWords().forEach(w -> flag(w, ANCHOR));
        licensors.forEach(w -> flag(w, LICENSOR));
        absorbed.forEach(w -> flag(w, ABSORBED));
        units.keySet().forEach(w -> flag(w, UNIT));
        dayparts.forEach(w -> flag(w, DAYPART));
        // A start verb is an anchor, so that "since" is tried where the date lies further on.
        beginnings.forEach(w -> flag(w, BEGINNING | ANCHOR));
        GRAMMAR_WORDS.forEach(w -> flag(w, GRAMMAR));
        numbers.firstWords().forEach(w -> flag(w, NUMBER));
        relatives.firstWords().forEach(w -> flag(w, RELATIVE));
        parts.firstWords().forEach(w -> flag(w, PART));
        dayOf.firstWords().forEach(w -> flag(w, DAY_OF));
        approximations.firstWords().forEach(w -> flag(w, APPROX));
        lookbacks.firstWords().forEach(w -> flag(w, LOOKBACK));
        extents.firstWords().forEach(w -> flag(w, EXTENT));
        events.firstWords().forEach(w -> flag(w, EVENT));
        holidays.firstWords().forEach(w -> flag(w, HOLIDAY | ANCHOR));
        for (PhraseTrie<?> trie : List.of(numbers, relatives, parts, dayOf, approximations, lookbacks, extents, events, holidays)) {
            trie.allWords().forEach(w -> flag(w, 0));
        }
        vocabulary = new Vocabulary(flagsByWord);
    }

    private void flag(String word, int bits) {
        flagsByWord.merge(word, bits | KNOWN, (a, b) -> a | b);
    }

    private static TimeLexicon load() {
        TimeLexicon lexicon = new TimeLexicon();
        try (InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " must be on the class path beside " + TimeLexicon.class.getName());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                lexicon.add(line.split("\t"), lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        lexicon.indexFlags();
        return lexicon;
    }

    private void add(String[] f, int lineNo) {
        String phrase = f.length > 1 ? f[1] : "";
        try {
            switch (f[0]) {
                case "month" -> named(f, lineNo, 3, 4, () -> {
                    months.put(phrase, Integer.parseInt(f[2]));
                    if (f.length == 4) monthAbbreviations.add(phrase);
                });
                case "weekday" -> named(f, lineNo, 3, 4, () -> {
                    weekdays.put(phrase, DayOfWeek.of(Integer.parseInt(f[2])));
                    if (f.length == 4) weekdayAbbreviations.add(phrase);
                });
                case "number" -> named(f, lineNo, 4, 4, () -> numbers.put(phrase, new Count(Integer.parseInt(f[2]), Integer.parseInt(f[3]))));
                case "unit" -> named(f, lineNo, 3, 3, () -> units.put(phrase, Unit.valueOf(f[2])));
                case "relative" -> named(f, lineNo, 5, 5, () -> relatives.put(phrase,
                        new Relative(Unit.valueOf(f[2]), Integer.parseInt(f[3]), Part.valueOf(f[4]))));
                case "part" -> named(f, lineNo, 3, 3, () -> parts.put(phrase, Part.valueOf(f[2])));
                case "dayof" -> named(f, lineNo, 2, 2, () -> dayOf.put(phrase, phrase));
                case "daypart" -> named(f, lineNo, 2, 2, () -> dayparts.add(phrase));
                case "beginning" -> named(f, lineNo, 2, 2, () -> beginnings.add(phrase));
                case "approx" -> named(f, lineNo, 2, 2, () -> approximations.put(phrase, phrase));
                case "lookback" -> named(f, lineNo, 2, 2, () -> lookbacks.put(phrase, phrase));
                case "extent" -> named(f, lineNo, 2, 2, () -> extents.put(phrase, phrase));
                case "absorb" -> named(f, lineNo, 2, 2, () -> absorbed.add(phrase));
                case "licensor" -> named(f, lineNo, 2, 2, () -> licensors.add(phrase));
                case "event" -> named(f, lineNo, 2, 2, () -> events.put(phrase, phrase));
                case "holiday" -> named(f, lineNo, 4, 4, () -> {
                    java.time.MonthDay day = java.time.MonthDay.of(Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                    holidays.put(phrase, day.getMonthValue() * 100 + day.getDayOfMonth());
                });
                default -> throw new IllegalStateException(where(lineNo) + "kind must be one the file's header lists; got '" + f[0] + "'");
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalStateException(where(lineNo) + e.getMessage(), e);
        }
    }

    private static void named(String[] f, int lineNo, int minFields, int maxFields, Runnable put) {
        if (f.length < minFields || f.length > maxFields) {
            throw new IllegalStateException(where(lineNo) + "'" + f[0] + "' takes " + minFields + ".." + maxFields + " fields; got " + f.length);
        }
        if (f[1].isEmpty() || !f[1].equals(f[1].toLowerCase(java.util.Locale.ROOT)) || f[1].contains("  ")) {
            throw new IllegalStateException(where(lineNo) + "phrase must be lower case words separated by single spaces; got '" + f[1] + "'");
        }
        put.run();
    }

    private static String where(int lineNo) {
        return RESOURCE + " line " + lineNo + ": ";
    }
}
