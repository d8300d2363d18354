package dev.tally.extract.number;

import dev.tally.model.Count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds every number phrase in a tokenized sentence and the range its words state: digits and
 * number words, qualifiers ("at least", "more than", "nearly", "about"), ranges ("between 105 and
 * 140", "105-140", "two or three") and vague amounts ("dozens", "tens of thousands"), following
 * the conventions of FORMAT.md. Whether a figure counts harmed people is for the caller to judge.
 * Stateless and thread-safe; never throws.
 */
public final class FigureFinder {

    /** Figures in {@code tokens} of {@code text}, in order, not overlapping. */
    public List<Figure> find(String text, List<Token> tokens) {
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Figure> f = at(text, tokens, i);
            if (f.isPresent()) {
                out.add(f.get());
                i = f.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The figure that starts at token {@code i}, if one does. */
    public Optional<Figure> at(String text, List<Token> t, int i) {
        if (!mayStartFigure(t.get(i))) return Optional.empty();
        Optional<PhraseTable.Match<Qualifier>> q = Qualifier.TABLE.at(t, i);
        int j = i + q.map(PhraseTable.Match::length).orElse(0);
        Optional<Figure> core = between(text, t, i, j).or(() -> vague(text, t, i, j, q)).or(() -> numeral(text, t, i, j, q));
        if (core.isEmpty() && q.isPresent()) {
            // "some" or "over" that starts no figure: try the number right after it on its own
            return Optional.empty();
        }
        return core;
    }

    /** Words a figure may start with: qualifiers, vague amounts, number words, ranges ("between", "from") and "a". */
    private static final WordSet STARTERS = starters();

    private static WordSet starters() {
        java.util.Set<String> words = new java.util.HashSet<>(Qualifier.TABLE.firstWords());
        words.addAll(VagueAmount.TABLE.firstWords());
        words.addAll(NumberWords.startingWords());
        words.addAll(java.util.List.of("between", "from", "a", "an"));
        return WordSet.of(words);
    }

    /** A cheap test first: most tokens are words that start no figure. */
    private static boolean mayStartFigure(Token t) {
        return t.isNumber() || STARTERS.contains(t);
    }

    private Optional<Figure> between(String text, List<Token> t, int i, int j) {
        if (j >= t.size() || !(t.get(j).is("between") || t.get(j).is("from"))) return Optional.empty();
        Optional<NumberWords.Read> a = NumberWords.read(t, j + 1);
        if (a.isEmpty()) return Optional.empty();
        int k = j + 1 + a.get().length();
        if (k >= t.size() || !(t.get(k).is("and") || t.get(k).is("to") || isDash(t.get(k)))) return Optional.empty();
        Optional<NumberWords.Read> b = NumberWords.read(t, k + 1);
        if (b.isEmpty() || b.get().value() <= a.get().value()) return Optional.empty();
        int end = k + 1 + b.get().length();
        return Optional.of(figure(text, t, i, end, Count.between("-", a.get().value(), b.get().value()), false));
    }

    private Optional<Figure> vague(String text, List<Token> t, int i, int j, Optional<PhraseTable.Match<Qualifier>> q) {
        Optional<PhraseTable.Match<VagueAmount>> v = VagueAmount.TABLE.at(t, j);
        if (v.isEmpty()) return Optional.empty();
        VagueAmount a = v.get().value();
        int end = j + v.get().length();
        OptionalLong max = a.max < 0 ? OptionalLong.empty() : OptionalLong.of(a.max);
        Count c = new Count("-", OptionalLong.of(a.min), max);
        if (q.isPresent()) {
            c = switch (q.get().value()) {
                case AT_LEAST, MORE_THAN -> Count.atLeast("-", a.min);
                case AT_MOST, FEWER_THAN -> max.isPresent() ? Count.atMost("-", a.max) : c;
                case ABOUT -> c;
            };
        }
        return Optional.of(figure(text, t, i, end, c, true));
    }

    private Optional<Figure> numeral(String text, List<Token> t, int i, int j, Optional<PhraseTable.Match<Qualifier>> q) {
        Optional<NumberWords.Read> r = NumberWords.read(t, j);
        if (r.isEmpty()) return Optional.empty();
        long v = r.get().value();
        int end = j + r.get().length();
        Optional<NumberWords.Read> upper = rangeEnd(t, end, v);
        if (upper.isPresent()) {
            long hi = upper.get().value();
            int to = end + 1 + upper.get().length();
            Count c = q.isPresent() && q.get().value() == Qualifier.AT_LEAST ? Count.atLeast("-", v) : Count.between("-", v, hi);
            return Optional.of(figure(text, t, i, to, c, false));
        }
        Count c = q.isEmpty() ? Count.exactly("-", v) : switch (q.get().value()) {
            case AT_LEAST -> Count.atLeast("-", v);
            case MORE_THAN -> Count.atLeast("-", v + 1);
            case AT_MOST -> Count.atMost("-", v);
            case FEWER_THAN -> v > 0 ? Count.atMost("-", v - 1) : Count.exactly("-", 0);
            case ABOUT -> Count.exactly("-", v);
        };
        return Optional.of(figure(text, t, i, end, c, false));
    }

    /** "105-140", "105 to 140", "two or three": the upper number, when it is larger. */
    private static Optional<NumberWords.Read> rangeEnd(List<Token> t, int k, long lower) {
        if (k + 1 >= t.size()) return Optional.empty();
        Token sep = t.get(k);
        if (!(isDash(sep) || sep.is("to") || sep.is("or"))) return Optional.empty();
        if (t.get(k + 1).isNumber() != t.get(k - 1).isNumber()) return Optional.empty();
        Optional<NumberWords.Read> hi = NumberWords.read(t, k + 1);
        return hi.filter(h -> h.value() > lower);
    }

    private static boolean isDash(Token t) {
        return t.is("-") || t.is("\u2013") || t.is("\u2014");
    }

    private static Figure figure(String text, List<Token> t, int first, int end, Count range, boolean vague) {
        int stop = end;
        if (stop < t.size() && t.get(stop).is("more") && !(stop + 1 < t.size() && t.get(stop + 1).is("than"))) stop++;
        String phrase = text.substring(t.get(first).start(), t.get(stop - 1).end());
        boolean digits = false;
        for (int k = first; k < end; k++) digits |= t.get(k).isNumber();
        return new Figure(first, stop, range.withPhrase(phrase), vague, digits);
    }
}
