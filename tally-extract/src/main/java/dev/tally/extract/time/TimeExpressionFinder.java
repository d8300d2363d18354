package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Day;
import dev.tally.extract.time.Expr.Direction;
import dev.tally.extract.time.Expr.MonthOf;
import dev.tally.extract.time.Expr.Range;
import dev.tally.extract.time.Expr.Since;
import dev.tally.extract.time.Resolver.Context;
import dev.tally.extract.time.Resolver.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds time expressions in a text and resolves them against its publication date.
 *
 * <p>What is read: calendar days, months and years ("March 17", "17 March 2017", "2017-03-17",
 * "in March", "mid-February", "in late 2016"), weekdays ("on Monday", "last Friday",
 * "Monday night"), phrases counted from publication ("yesterday", "last weekend", "earlier this
 * month", "two days ago", "over the past two years", "for nine months"), periods ("since
 * mid-February", "between October 2016 and June 3", "2014-2016") and, flagged by
 * {@link MentionKind}, ages, durations and clock times that are no dates ("aged 14",
 * "10 minutes", "6:30 a.m."). The words are data in {@code lexicon.tsv}.
 *
 * <p>How it resolves: news is past tense, so a day or month without a year is the latest one on
 * or before publication, unless a year is named in the same sentence (the nearest such year
 * wins); a weekday is the latest on or before publication, "last Monday" the latest before it.
 * Weeks run Monday to Sunday. "since mid-X" starts on the 15th; "early/mid/late" split a month
 * 1-10/11-20/21-end and a year January-April/May-August/September-December. Without a
 * publication date, relative expressions keep their text with no days; dates that name their
 * year still resolve.
 *
 * <p>Mentions are sorted by start and never overlap: where two readings overlap the longer wins.
 * A date that names an event keeps it ("in the March 17 attack"). Stateless and thread-safe;
 * any string is accepted and none makes it throw. Linear in the text's length.
 */
public final class TimeExpressionFinder {
    /** Names this rule set and its lexicon's version in provenance. */
    public static final String RULES = "time/1";

    private TimeExpressionFinder() {}

    /** Time mentions in {@code text}, sorted by start, non-overlapping; offsets are into {@code text}. */
    public static List<TimeMention> find(String text, Optional<LocalDate> published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Tokens tokens = Tokens.of(text, text.length(), TimeLexicon.DEFAULT.vocabulary());
        List<Candidate> chosen = choose(candidates(tokens), tokens.size());
        List<TimeMention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            OptionalInt year = needsYear(c.expr) ? YearContext.near(tokens, c.from, c.to) : OptionalInt.empty();
            mentions.add(mention(tokens, c, new Context(published, year)));
        }
        return mentions;
    }

    private record Candidate(int from, int to, Expr expr, int chars) {
        /** Longest first; of two as long, the earlier. One comparison, not a chain of key extractors. */
        static final Comparator<Candidate> LONGEST_FIRST = (a, b) -> a.chars != b.chars ? Integer.compare(b.chars, a.chars) : Integer.compare(a.from, b.from);
        static final Comparator<Candidate> IN_ORDER = (a, b) -> Integer.compare(a.from, b.from);
    }

    /**
     * Readings at the tokens that can start one: a token is tried only when the next anchor
     * ({@link Tokens#anchor(int)}) is fewer than {@link TimeLexicon#ANCHOR_REACH} tokens on, so the
     * scan goes from anchor to anchor. The end of the text counts as an anchor too.
     */
    private static List<Candidate> candidates(Tokens t) {
        TimeGrammar grammar = TimeGrammar.DEFAULT;
        List<Candidate> found = new ArrayList<>();
        int next = 0;
        for (int k = 0; k <= t.anchorCount(); k++) {
            int anchor = k < t.anchorCount() ? t.anchor(k) : t.size();
            int end = Math.min(anchor, t.size() - 1);
            for (int i = Math.max(next, anchor - TimeLexicon.ANCHOR_REACH + 1); i <= end; i++) {
                if (!grammar.canStart(t, i)) continue;
                Match m = grammar.at(t, i);
                if (m != null && m.end() > i) found.add(new Candidate(i, m.end(), m.expr(), t.end(m.end() - 1) - t.start(i)));
            }
            next = anchor + 1;
        }
        return found;
    }

    /** The longest candidates first, each kept only where no longer one already covers its tokens. */
    private static List<Candidate> choose(List<Candidate> candidates, int tokenCount) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Candidate.LONGEST_FIRST);
        boolean[] taken = new boolean[tokenCount];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : byLength) {
            if (isFree(taken, c)) {
                for (int k = c.from; k < c.to; k++) taken[k] = true;
                chosen.add(c);
            }
        }
        chosen.sort(Candidate.IN_ORDER);
        return chosen;
    }

    private static boolean isFree(boolean[] taken, Candidate c) {
        for (int k = c.from; k < c.to; k++) {
            if (taken[k]) return false;
        }
        return true;
    }

    /** Whether the expression holds a day or month whose year must come from context. */
    private static boolean needsYear(Expr e) {
        if (e instanceof Day d) return d.year().isEmpty();
        if (e instanceof MonthOf m) return m.year().isEmpty() && m.direction() == Direction.RECENT;
        if (e instanceof Since s) return needsYear(s.from());
        if (e instanceof Range r) return needsYear(r.from()) && needsYear(r.to());
        return false;
    }

    private static TimeMention mention(Tokens t, Candidate c, Context context) {
        int start = t.start(c.from);
        int end = t.end(c.to - 1);
        Optional<Interval> days = Resolver.resolve(c.expr, context);
        return new TimeMention(start, end, t.text.substring(start, end),
                days.map(Interval::from), days.map(Interval::to),
                Resolver.granularity(c.expr), c.expr instanceof Expr.NotDate n ? n.kind() : MentionKind.DATE);
    }
}
