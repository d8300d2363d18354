package dev.tally.extract.claim;

import dev.tally.extract.text.Literals;
import dev.tally.extract.text.Sentence;
import dev.tally.extract.time.Granularity;
import dev.tally.extract.time.TimeMention;
import dev.tally.model.TimeSpan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a claim's date among the time expressions of its article: the one nearest the figure in
 * its clause; a claim that continues another takes that one's date; else the nearest in its sentence; one
 * incident with none takes the nearest date of the {@value #LOOK_BACK} sentences before ("In Syria,
 * the deadliest recent strike occurred earlier this month. Opposition activists said ..."), else the
 * first single day the article names; never a date of the report's background, weeks before it was
 * published. One event is never dated by a span of more than a year ("for
 * more than two years", "since 2011"): that is a duration or a war's length, not the event's day.
 * Mentions are kept in text order and found by binary search, so each claim costs a look-up, not a
 * walk over the article.
 */
final class ClaimDates {
    static final int LOOK_BACK = 2;
    /** The longest span that can date one event: a year ("in 2012"). */
    private static final int LONGEST_EVENT_DAYS = 366;
    /** How long before publication a date is the background of a news report (as the resolver's {@code Background}). */
    private static final int BACKGROUND_DAYS = 14;

    private final List<TimeMention> dates;
    private final List<Sentence> sentences;
    private final Optional<TimeMention> firstDay;

    /** A reporting verb right before a date: "a monitor said Monday", "the UN said in a statement on Thursday". */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)\\b(said|says|reported|reports|announced|stated|added|confirmed|told [\\w-]+),?( in a statement)?( on| late| early)?\\s*$");
    /** Every match of {@link #STATEMENT} holds one of these: a date with none before it needs no regex. */
    private static final Literals STATEMENT_VERBS = Literals.ignoringCase(
            "said", "says", "reported", "reports", "announced", "stated", "added", "confirmed", "told ");
    private static final int STATEMENT_REACH = 40;

    private final boolean[] statement;
    private final Optional<LocalDate> published;
    /** The day the article's report was given (see {@link #reportDay}); present with {@link #published}. */
    private final Optional<LocalDate> reported;

    private final Wars wars;
    private final String text;
    private final Optional<String> country;

    /** {@code country}: the country the article's places lie in, ISO alpha-2, if any. */
    ClaimDates(List<TimeMention> mentions, List<Sentence> sentences, String text, Optional<LocalDate> published, Wars wars,
               Optional<String> country) {
        this.wars = wars;
        this.text = text;
        this.country = country;
        List<TimeMention> found = mentions.stream().filter(TimeMention::isDate).toList();
        this.statement = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            int at = found.get(i).start();
            int from = Math.max(0, at - STATEMENT_REACH);
            statement[i] = STATEMENT_VERBS.anyIn(text, from, at) && STATEMENT.matcher(text.substring(from, at)).find();
        }
        this.reported = published.map(p -> reportDay(found, sentences, p));
        this.dates = found.stream().map(this::untilReported).toList();
        this.sentences = sentences;
        this.published = published;
        this.firstDay = dates.stream().filter(m -> day(m) && !background(m)).findFirst();
    }

    /**
     * The day the article's report was given: the latest day its lead says a source spoke ("the Britain-based monitor
     * said on Sunday" in a Monday paper), up to {@value #REPORT_DAYS} days before publication; else publication.
     */
    private LocalDate reportDay(List<TimeMention> found, List<Sentence> sentences, LocalDate published) {
        int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(sentences.size(), LEAD_SENTENCES) - 1).end();
        LocalDate latest = null;
        for (int i = 0; i < found.size() && found.get(i).start() < leadEnd; i++) {
            TimeMention m = found.get(i);
            if (!statement[i] || !day(m)) continue;
            LocalDate d = m.from().get();
            if (!d.isAfter(published) && !d.isBefore(published.minusDays(REPORT_DAYS)) && (latest == null || d.isAfter(latest))) latest = d;
        }
        return latest == null ? published : latest;
    }

    /** The sentences that give an article's report: its headline and lead. */
    private static final int LEAD_SENTENCES = 8;
    /** How many days a report may precede its publication. */
    private static final int REPORT_DAYS = 3;

    /**
     * Offsets are into the normalized text; {@code continued} is the date of the claim this one continues, if any.
     * A total whose clause counts a whole war and dates it no otherwise, or only by the
     * year the war began ("since it began in 2011"), spans the war so far ({@link Wars}).
     */
    Ruled<TimeSpan> choose(int figure, int clauseFrom, int clauseTo, int sentenceIndex, boolean incident, Optional<TimeSpan> continued) {
        Ruled<TimeSpan> found = chosen(figure, clauseFrom, clauseTo, sentenceIndex, incident, continued);
        if (incident) return daysBefore(found, figure, sentenceIndex).orElse(found);
        // "Since then more than a quarter of a million people have been killed": from the date the sentences before gave
        Optional<TimeMention> then = found.rule().equals("date:in-clause") ? Optional.empty() : sinceThen(clauseFrom, clauseTo, sentenceIndex);
        Ruled<TimeSpan> chosen = then.map(m -> new Ruled<>(TimeSpan.of(SINCE_THEN, m.from().orElseThrow(), reported.orElseThrow()), "date:since-then")).orElse(found);
        Optional<LocalDate> first = wars.firstDay(country, published).filter(d -> vaguer(chosen.value(), d));
        if (first.isEmpty()) return chosen;
        // the war "since then" counts from is named where its date is ("a civil war since early 2011. Since then ...")
        Optional<String> war = wars.named(text, clauseFrom, clauseTo)
                .or(() -> then.flatMap(m -> wars.named(text, sentences.get(sentenceIndexOf(m.start())).start(), m.end())));
        // the time words as written, when there are any ("since it began in 2011"), else the war's ("the five-year conflict")
        String written = chosen.value().text().orElse(null);
        return war.map(w -> new Ruled<>(TimeSpan.of(written != null ? written : w, first.get(), reported.orElseThrow()), Wars.RULE)).orElse(chosen);
    }

    private static final String SINCE_THEN = "since then";

    /**
     * "The attack comes two days after Russian bombings killed seven": a figure told after "N days (or weeks) after" in a
     * sentence whose own event is the day the figure would take (its sentence's date before the words, or the sentences
     * before), happened N days before that day. Not across a comma: "Two days after the raid, two were killed" is the
     * main event's.
     */
    private Optional<Ruled<TimeSpan>> daysBefore(Ruled<TimeSpan> found, int figure, int sentenceIndex) {
        TimeSpan day = found.value();
        boolean lent = found.rule().equals("date:sentence-before") || found.rule().equals("date:in-sentence") || found.rule().equals("date:article-first-day");
        if (!lent || day.start().isEmpty() || !day.start().equals(day.end())) return Optional.empty();
        Sentence s = sentences.get(sentenceIndex);
        // "2 days before this attack, a suicide drone targeted the center of Tel Rifaat, where 9 citizens were injured"
        Matcher before = DAYS_BEFORE_THIS.matcher(text).region(s.start(), figure);
        if (before.lookingAt()) {
            LocalDate then = day.start().get().minusDays(days(before.group(2), before.group(3)));
            return Optional.of(new Ruled<>(TimeSpan.of(before.group("words"), then, then), "date:days-before-that"));
        }
        if (!AFTER_WORDS.anyIn(text, s.start(), figure)) return Optional.empty();
        Matcher m = DAYS_AFTER.matcher(text).region(s.start(), figure);
        int at = -1, days = 0;
        String words = null, hedge = null;
        while (m.find()) {
            days = days(m.group(2), m.group(3));
            int comma = text.indexOf(',', m.end());
            at = comma >= 0 && comma < figure ? -1 : m.start();
            words = m.group();
            hedge = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        }
        // the sentence's own date, if that is what the figure took, must date its main event: before the words
        if (at < 0 || days > MAX_DAYS_BEFORE || found.rule().equals("date:in-sentence") && datedBetween(at, s.end())) return Optional.empty();
        LocalDate then = day.start().get().minusDays(days);
        if (hedge == null) return Optional.of(new Ruled<>(TimeSpan.of(words, then, then), "date:days-before-that"));
        // "less than two weeks after": within those days; "more than a week after": no day can be told
        return hedge.equals("less than") || hedge.equals("under")
                ? Optional.of(new Ruled<>(TimeSpan.of(words, then, day.start().get().minusDays(1)), "date:days-before-that"))
                : Optional.of(new Ruled<>(TimeSpan.UNKNOWN, "date:days-before-that"));
    }

    /** The days "two days", "a week", "3 weeks" count. */
    private static int days(String count, String unit) {
        String c = count.toLowerCase(Locale.ROOT);
        int n = Character.isDigit(c.charAt(0)) ? Integer.parseInt(c) : COUNTS.get(c);
        return n * (unit.toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
    }

    /** A sentence that opens by placing its events before the article's: "2 days before this attack," "A week before the strike,". */
    private static final Pattern DAYS_BEFORE_THIS = Pattern.compile(
            "(?i)\\s*(?<words>(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?)\\s+before\\s+(?:this|the|that)\\b[^,.]{0,40}),");

    /** "comes two days after", "came a week after", "one day after": the count and unit before "after". */
    private static final Pattern DAYS_AFTER = Pattern.compile(
            "(?i)\\b(?:(less than|under|more than|over)\\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?)\\s+after\\b");
    /** Every match of {@link #DAYS_AFTER} holds one of these. */
    private static final Literals AFTER_WORDS = Literals.ignoringCase("s after", "k after", "y after");
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));
    /** The longest reach back of "N days after": about two months; further, the figure is the article's background. */
    private static final int MAX_DAYS_BEFORE = 62;

    /** Whether a date starts within {@code [from, to)}. */
    private boolean datedBetween(int from, int to) {
        int i = Spans.firstAtOrAfter(dates.size(), k -> dates.get(k).start(), from);
        return i < dates.size() && dates.get(i).start() < to;
    }

    /**
     * The date "since then" in {@code [from, to)} counts from: the last one resolved in its sentence before it or in the
     * {@value #LOOK_BACK} sentences before, whatever its length ("a civil war since early 2011").
     */
    private Optional<TimeMention> sinceThen(int from, int to, int sentenceIndex) {
        if (published.isEmpty()) return Optional.empty();
        int at = indexOfIgnoringCase(SINCE_THEN, from, to);
        if (at < 0) return Optional.empty();
        int earliest = sentences.get(Math.max(0, sentenceIndex - LOOK_BACK)).start();
        TimeMention last = null;
        for (int i = Spans.firstAtOrAfter(dates.size(), k -> dates.get(k).start(), earliest); i < dates.size() && dates.get(i).end() <= at; i++) {
            if (dates.get(i).isResolved() && !dates.get(i).from().get().isAfter(reported.get())) last = dates.get(i);
        }
        return Optional.ofNullable(last);
    }

    private int indexOfIgnoringCase(String word, int from, int to) {
        for (int k = from; k + word.length() <= to; k++) {
            if (text.regionMatches(true, k, word, 0, word.length()) && (k == 0 || !Character.isLetter(text.charAt(k - 1)))) return k;
        }
        return -1;
    }

    private int sentenceIndexOf(int offset) {
        int i = Spans.firstAtOrAfter(sentences.size(), k -> sentences.get(k).end(), offset + 1);
        return Math.min(i, sentences.size() - 1);
    }

    /** Whether {@code t} says no more of when than a war from {@code first} does: unknown, or from the war's first year ("since 2011"). */
    private static boolean vaguer(TimeSpan t, LocalDate first) {
        if (t.start().isEmpty()) return true;
        return t.start().get().getYear() == first.getYear() && !t.start().get().isAfter(first);
    }

    /**
     * {@code m} with its end cut at the day of the report, when it began before and is a week or a stretch ("this
     * week", "since Tuesday" in a paper of Monday whose source spoke on Sunday): what happened cannot have gone on
     * after it was reported. A month or a year named keeps its extent ("in March" is March).
     */
    private TimeMention untilReported(TimeMention m) {
        boolean stretch = m.granularity() == Granularity.WEEK || m.granularity() == Granularity.WEEKEND || m.granularity() == Granularity.PERIOD;
        if (!stretch || reported.isEmpty() || m.to().isEmpty() || !m.to().get().isAfter(reported.get()) || m.from().get().isAfter(reported.get())) {
            return m;
        }
        // "six days of bombing", "the past week": counted back from the publication, so back from the report instead
        LocalDate from = m.from().get();
        if (COUNTED_BACK.matcher(m.text()).find() && !ANCHORED.matcher(m.text()).find()) {
            from = from.minusDays(ChronoUnit.DAYS.between(reported.get(), m.to().get()));
        }
        return new TimeMention(m.start(), m.end(), m.text(), Optional.of(from), reported, m.granularity());
    }

    /** A span counted back from today: "six days", "the past week", "the last 24 hours"; not a calendar unit ("last week"). */
    private static final Pattern COUNTED_BACK = Pattern.compile("(?i)\\b(?:past|previous|recent)\\b|\\b(?:days|weeks|hours)\\b");
    /** A span whose first day the text names: "since Tuesday", "from Monday". */
    private static final Pattern ANCHORED = Pattern.compile("(?i)\\b(?:since|from|between)\\b");

    private Ruled<TimeSpan> chosen(int figure, int clauseFrom, int clauseTo, int sentenceIndex, boolean incident, Optional<TimeSpan> continued) {
        Sentence s = sentences.get(sentenceIndex);
        Optional<TimeSpan> clause = nearest(figure, clauseFrom, clauseTo, incident, false);
        if (clause.isPresent()) return new Ruled<>(clause.get(), "date:in-clause");
        // "... and the year before 49 children were killed": a time told only relative to another, which no date here gives
        if (shifted(s.start(), figure)) {
            return new Ruled<>(TimeSpan.UNKNOWN, "date:shifted");
        }
        if (continued.isPresent() && continued.get().text().isPresent()) return new Ruled<>(continued.get(), "date:continued");
        Optional<TimeSpan> inSentence = nearest(figure, s.start(), s.end(), incident, false);
        if (inSentence.isPresent()) return new Ruled<>(inSentence.get(), "date:in-sentence");
        // the day it was said bounds the day it happened, and is most often the same
        Optional<TimeSpan> said = nearest(figure, s.start(), s.end(), incident, true);
        if (said.isPresent()) return new Ruled<>(said.get(), "date:statement-day");
        if (incident) {
            Optional<TimeSpan> before = earlier(sentenceIndex);
            if (before.isPresent()) return new Ruled<>(before.get(), "date:sentence-before");
            if (firstDay.isPresent()) return new Ruled<>(firstDay.get().toTimeSpan(), "date:article-first-day");
        }
        return new Ruled<>(TimeSpan.UNKNOWN, "date:none");
    }

    private static boolean day(TimeMention m) {
        return m.isResolved() && m.granularity() == Granularity.DAY;
    }

    /**
     * A date that ends more than {@value #BACKGROUND_DAYS} days before publication ("in March 2011",
     * "on Feb. 23" in an April report): the background of a news report, never lent to a figure that
     * gives no date of its own.
     */
    private boolean background(TimeMention m) {
        return published.isPresent() && m.to().isPresent() && m.to().get().isBefore(published.get().minusDays(BACKGROUND_DAYS));
    }

    /**
     * A date another sentence may lend to a figure that gives none: resolved to a month at most ("in
     * 2021" says too little to date one event it does not name), and not the report's background.
     */
    private boolean lendable(TimeMention m) {
        return m.from().isPresent() && m.to().isPresent() && ChronoUnit.DAYS.between(m.from().get(), m.to().get()) <= LONGEST_LENT_DAYS
                && !background(m);
    }

    /** The longest span lent to a figure from another sentence: a month. */
    private static final int LONGEST_LENT_DAYS = 31;

    /** Whether {@code event} ends on the day of {@code said} or up to {@value #REPORT_DAYS} days before it. */
    private static boolean shortlyBefore(TimeMention event, TimeMention said) {
        if (event.to().isEmpty() || said.from().isEmpty()) return false;
        return !event.to().get().isAfter(said.to().orElse(said.from().get())) && !event.to().get().isBefore(said.from().get().minusDays(REPORT_DAYS));
    }

    /** A span that can date one event: unresolved, or a year at most. */
    private static boolean eventSpan(TimeMention m) {
        return m.from().isEmpty() || m.to().isEmpty() || ChronoUnit.DAYS.between(m.from().get(), m.to().get()) < LONGEST_EVENT_DAYS;
    }

    /**
     * The date nearest the figure in {@code [from, to)}: the days of statements only when {@code said}, else the others. One
     * event takes a day or a weekend the range names over a vague stretch ("air attacks in recent days killing at least 57
     * when it dropped container bombs on Al Bab at the weekend"); a year, a month or a counted stretch stays ("In 2015, two
     * people were hospitalized", "in the last 24 hours on Monday").
     */
    private Optional<TimeSpan> nearest(int figure, int from, int to, boolean incident, boolean said) {
        Optional<TimeMention> any = nearest(figure, from, to, said, m -> !incident || eventSpan(m));
        boolean vague = any.filter(m -> m.granularity() == Granularity.PERIOD && VAGUE.matcher(m.text()).find()).isPresent();
        Optional<TimeMention> chosen = !incident || !vague ? any
                : nearest(figure, from, to, said, m -> m.granularity() == Granularity.DAY || m.granularity() == Granularity.WEEKEND).or(() -> any);
        return chosen.map(TimeMention::toTimeSpan);
    }

    /** A stretch that says no more than "lately". */
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:recent|recently|lately|(?:past|last) few)\\b");

    /**
     * "In August 2013 a chemical attack ... killed dozens of children and the year before 49 children were killed": words
     * between a date and the figure after it that move the figure's time away from it.
     */
    private boolean shiftedAway(TimeMention m, int figure) {
        return m.end() < figure && shifted(m.end(), figure);
    }

    /** Whether {@code [from, to)} holds words that move a time away from another ("the year before", "a week later"). */
    private boolean shifted(int from, int to) {
        return SHIFT_WORDS.anyIn(text, from, to) && SHIFT.matcher(text).region(from, to).find();
    }

    private static final Literals SHIFT_WORDS = Literals.ignoringCase("before", "earlier", "previous", "later");
    private static final Pattern SHIFT = Pattern.compile("(?i)\\b(?:the|a)\\s+(?:year|month|week|day)\\s+(?:before|earlier|later)\\b"
            + "|\\bthe\\s+previous\\s+(?:year|month|week|day)\\b|\\b(?:a|one|two|three|\\d+)\\s+(?:years?|months?)\\s+(?:earlier|later|before)\\b");

    private Optional<TimeMention> nearest(int figure, int from, int to, boolean said, Predicate<TimeMention> fits) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Spans.firstAtOrAfter(dates.size(), k -> dates.get(k).start(), from); i < dates.size() && dates.get(i).start() < to; i++) {
            TimeMention m = dates.get(i);
            if (m.end() > to || !fits.test(m) || statement[i] != said || shiftedAway(m, figure)) continue;
            int distance = m.start() >= figure ? m.start() - figure : figure - m.end() + 1;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The last date a sentence before lends: of an event rather than of a statement ("a shooting Tuesday night, detectives
     * said Wednesday" lends Tuesday), a statement's day where its sentence dates nothing else in the few days before
     * the statement (a photo caption's "June 18" in a report of what a monitor said on Sunday the 26th).
     */
    private Optional<TimeSpan> earlier(int sentenceIndex) {
        for (int k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - LOOK_BACK); k--) {
            Sentence s = sentences.get(k);
            TimeMention last = null, lastSaid = null;
            for (int i = Spans.firstAtOrAfter(dates.size(), j -> dates.get(j).start(), s.start()); i < dates.size() && dates.get(i).start() < s.end(); i++) {
                TimeMention m = dates.get(i);
                if (m.end() > s.end() || !lendable(m)) continue;
                if (statement[i]) lastSaid = m; else last = m;
            }
            if (last != null && (lastSaid == null || shortlyBefore(last, lastSaid))) return Optional.of(last.toTimeSpan());
            if (last != null || lastSaid != null) return Optional.of((lastSaid != null ? lastSaid : last).toTimeSpan());
        }
        return Optional.empty();
    }
}
