package dev.tally.resolve;

import dev.tally.model.IncidentRecord.Contradiction;
import dev.tally.model.IncidentRecord.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An incident's figures and contradictions from its claims. Per (outcome, victims), the whole
 * claims give the range: min the lowest figure any of them allows (its min, else its max), max the
 * highest (its max, else its min), so "at least 105" and "140" make 105..140. Parts ("13 members of
 * his family") never lower it; when only parts count a harm, the whole is at least the largest part.
 * Stateless and thread-safe.
 */
final class FigureTally {
    private FigureTally() {
    }

    static List<Figure> figures(List<Mention> mentions) {
        List<Figure> figures = new ArrayList<>();
        byHarm(mentions).forEach((harm, claims) -> {
            List<Mention> whole = claims.stream().filter(m -> !m.part()).toList();
            if (!whole.isEmpty()) {
                long min = whole.stream().mapToLong(Mention::low).min().orElseThrow();
                long max = whole.stream().mapToLong(Mention::high).max().orElseThrow();
                figures.add(new Figure(harm.outcome(), harm.victims(), OptionalLong.of(min), OptionalLong.of(max), ids(whole)));
            } else {
                long least = claims.stream().mapToLong(Mention::low).max().orElseThrow();
                figures.add(new Figure(harm.outcome(), harm.victims(), OptionalLong.of(least), OptionalLong.empty(), ids(claims)));
            }
        });
        return figures;
    }

    /**
     * Exact figures of one harm from different documents that cannot both be right: apart by more
     * than 2 and more than a tenth of the larger ("exactly 9" against "exactly 20"). Each document's
     * value is named by its first claim in the text; pairs are listed by harm, then by value.
     */
    static List<Contradiction> contradictions(List<Mention> mentions) {
        List<Contradiction> found = new ArrayList<>();
        byHarm(mentions).forEach((harm, claims) -> {
            List<Mention> exact = firstPerDocumentAndValue(claims);
            for (int i = 0; i < exact.size(); i++) {
                for (int j = i + 1; j < exact.size(); j++) {
                    Mention a = exact.get(i);
                    Mention b = exact.get(j);
                    if (!a.doc().equals(b.doc()) && apart(a.low(), b.low())) {
                        found.add(new Contradiction(List.of(a.id(), b.id()), a.doc() + " says exactly " + a.low() + " " + harm.label()
                                + "; " + b.doc() + " says exactly " + b.low()));
                    }
                }
            }
        });
        return found;
    }

    private static boolean apart(long a, long b) {
        long diff = Math.abs(a - b);
        return diff > 2 && diff > Math.max(a, b) / 10.0;
    }

    private static List<Mention> firstPerDocumentAndValue(List<Mention> claims) {
        Map<String, Mention> first = new TreeMap<>();
        for (Mention m : claims) {
            if (!m.part() && m.claim().count().exact()) first.putIfAbsent(m.doc() + "\u0000" + m.low(), m);
        }
        return first.values().stream().sorted(Comparator.comparingLong(Mention::low).thenComparing(Mention.TEXT_ORDER)).toList();
    }

    private static Map<Harm, List<Mention>> byHarm(List<Mention> mentions) {
        return mentions.stream().sorted(Mention.TEXT_ORDER)
                .collect(Collectors.groupingBy(Harm::of, () -> new TreeMap<>(Harm.ORDER), Collectors.toList()));
    }

    private static List<Long> ids(List<Mention> mentions) {
        return mentions.stream().map(Mention::id).toList();
    }
}
