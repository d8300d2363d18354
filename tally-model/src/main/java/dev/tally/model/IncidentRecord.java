package dev.tally.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One incident as resolved from claims: the event, the claims that speak of it, the range of each
 * figure they support, and the claims that contradict one another. Claims are named by their
 * ledger row id ({@link StoredClaim#id()}).
 *
 * <p>Canonical form, so that what is read back equals what was stored: {@code claims} sorted and
 * distinct, figures sorted by (outcome, victims), each figure's and contradiction's claims sorted and
 * distinct; contradictions keep their order.
 *
 * @param key            stable identity chosen by the resolver, unique in the ledger
 * @param date           the days it happened (inclusive), with the expression that best states them
 * @param claims         every claim resolved into this incident
 * @param figures        per (outcome, victims), the range its claims support
 * @param contradictions claims of this incident that cannot all be true
 * @param links          why its documents' reports were joined, one link per join (none for one
 *                       document's report, or an incident a reviewer made)
 */
public record IncidentRecord(String key, TimeSpan date, Place place, Actor actor, List<Long> claims,
                             List<Figure> figures, List<Contradiction> contradictions, List<Link> links) {
    public IncidentRecord {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("key must not be blank; got '" + key + "'");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(actor, "actor");
        claims = canonical(claims);
        if (claims.isEmpty()) throw new IllegalArgumentException("[" + key + "] an incident needs at least one claim; got none");
        figures = figures.stream().sorted(Comparator.comparing(Figure::outcome).thenComparing(Figure::victims)).toList();
        contradictions = List.copyOf(contradictions);
        checkFigures(key, claims, figures);
        for (Contradiction c : contradictions) requireMembers(key, claims, c.claims(), "contradiction");
        links = List.copyOf(links);
        for (Link l : links) requireMembers(key, claims, l.claims(), "link");
    }

    /** An incident with no links: one document's report, or one a reviewer made. */
    public IncidentRecord(String key, TimeSpan date, Place place, Actor actor, List<Long> claims,
                          List<Figure> figures, List<Contradiction> contradictions) {
        this(key, date, place, actor, claims, figures, contradictions, List.of());
    }

    /**
     * How sure the resolver is that its documents speak of one event: its weakest link's confidence,
     * empty when nothing was linked (one document's report).
     */
    public java.util.OptionalDouble confidence() {
        return links.stream().mapToDouble(Link::confidence).min();
    }

    /**
     * How many people one outcome of the incident reached among one kind of victims, as a range
     * ({@code min..max}, either bound open when empty) and the claims it rests on.
     */
    public record Figure(Outcome outcome, Victims victims, OptionalLong min, OptionalLong max, List<Long> claims) {
        public Figure {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(victims, "victims");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isEmpty() && max.isEmpty()) throw new IllegalArgumentException("a figure needs a min or a max; got neither");
            if (min.isPresent() && min.getAsLong() < 0) throw new IllegalArgumentException("min must be >= 0; got " + min.getAsLong());
            if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
                throw new IllegalArgumentException("min must be <= max; got " + min.getAsLong() + " > " + max.getAsLong());
            }
            claims = canonical(claims);
            if (claims.isEmpty()) throw new IllegalArgumentException("a figure rests on at least one claim; got none");
        }
    }

    /** Claims that cannot all be true, and how they disagree ({@code "12 killed vs 40 killed"}). */
    public record Contradiction(List<Long> claims, String text) {
        public Contradiction {
            claims = canonical(claims);
            if (claims.size() < 2) throw new IllegalArgumentException("a contradiction names at least two claims; got " + claims);
            if (text == null || text.isBlank()) throw new IllegalArgumentException("text must not be blank; got '" + text + "'");
        }
    }

    /**
     * Why two documents' reports were joined: a claim of each (its first in the text), how sure the
     * join is (0..1) and what agreed ({@code "same day 2017-03-17; same place Mosul; civilians on both
     * sides; figures within a tenth"}).
     */
    public record Link(List<Long> claims, double confidence, String reasons) {
        public Link {
            claims = List.copyOf(claims);
            if (claims.size() != 2) throw new IllegalArgumentException("a link joins two claims; got " + claims);
            if (!(confidence > 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in (0, 1]; got " + confidence);
            if (reasons == null || reasons.isBlank()) throw new IllegalArgumentException("reasons must not be blank; got '" + reasons + "'");
        }
    }

    private static List<Long> canonical(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    private static void checkFigures(String key, List<Long> members, List<Figure> figures) {
        Set<String> seen = new HashSet<>();
        for (Figure f : figures) {
            if (!seen.add(f.outcome() + "/" + f.victims())) {
                throw new IllegalArgumentException("[" + key + "] one figure per (outcome, victims); got "
                        + f.outcome().code() + "/" + f.victims().code() + " twice");
            }
            requireMembers(key, members, f.claims(), "figure");
        }
    }

    private static void requireMembers(String key, List<Long> members, List<Long> named, String what) {
        for (Long id : named) {
            if (!members.contains(id)) {
                throw new IllegalArgumentException("[" + key + "] a " + what + "'s claims must be the incident's claims; got claim "
                        + id + ", not in " + members);
            }
        }
    }
}
