package dev.tally.resolve;

import dev.tally.model.Actor;
import dev.tally.model.Claim;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One incident's documents as sources, and what each says beside the others that are independent
 * of it. A claim's source is the agency its claimant names ({@link Agencies}), else its outlet; two
 * documents are independent when their outlets differ and neither repeats a source of the other.
 * Not thread-safe while built; read-only after.
 */
final class IncidentSources {
    /** One document's claims in the incident, its outlet's key and the sources its claims repeat. */
    record Report(SourceDocument document, String outletKey, List<Claim> claims, Set<String> sources) {
    }

    /** A date, place or perpetrator compared with the other sources: agrees, or why not. */
    record FieldCheck(boolean agrees, String reason) {
    }

    private final IncidentRecord incident;
    private final Agencies agencies;
    private final Map<Long, Report> reports = new LinkedHashMap<>();

    IncidentSources(IncidentRecord incident, Map<Long, List<Claim>> claimsByDocument, Map<Long, SourceDocument> documents, Agencies agencies) {
        this.incident = incident;
        this.agencies = agencies;
        claimsByDocument.forEach((id, claims) -> {
            SourceDocument d = documents.get(id);
            String outletKey = key(d.outlet());
            Set<String> sources = claims.stream().map(c -> source(c, outletKey)).collect(Collectors.toCollection(TreeSet::new));
            reports.put(id, new Report(d, outletKey, List.copyOf(claims), Collections.unmodifiableSet(sources)));
        });
    }

    IncidentRecord incident() {
        return incident;
    }

    List<Report> reports() {
        return List.copyOf(reports.values());
    }

    /** The reports independent of {@code r}. */
    List<Report> independentOf(Report r) {
        return reports.values().stream().filter(o -> independent(r, o)).toList();
    }

    static boolean independent(Report a, Report b) {
        return !a.outletKey().equals(b.outletKey()) && Collections.disjoint(a.sources(), b.sources())
                && !a.sources().contains(b.outletKey()) && !b.sources().contains(a.outletKey());
    }

    /**
     * Per outcome the report gives, its largest figure beside the largest each other source gives,
     * one range per source (a source repeated by several outlets counts once); outcomes no other
     * independent source gives are left out.
     */
    List<FigureCheck> figureChecks(Report r) {
        List<FigureCheck> checks = new ArrayList<>();
        headlines(r).forEach((outcome, mine) -> {
            String source = source(mine, r.outletKey());
            Map<String, long[]> others = new TreeMap<>();
            for (Report o : reports.values()) {
                if (o.outletKey().equals(r.outletKey())) continue;
                Claim theirs = headlines(o).get(outcome);
                if (theirs == null) continue;
                String s = source(theirs, o.outletKey());
                if (s.equals(source) || s.equals(r.outletKey()) || source.equals(o.outletKey())) continue;
                others.merge(s, new long[] {low(theirs), high(theirs)}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            if (others.isEmpty()) return;
            long lo = others.values().stream().mapToLong(v -> v[0]).min().orElseThrow();
            long hi = others.values().stream().mapToLong(v -> v[1]).max().orElseThrow();
            checks.add(new FigureCheck(incident.key(), incident.date().start(), outcome, r.document().id(), r.document().outlet(), source,
                    low(mine), high(mine), lo, hi, List.copyOf(others.keySet()), FigureCheck.verdict(low(mine), high(mine), lo, hi)));
        });
        return checks;
    }

    /** The report's date, place and perpetrator beside those of the reports independent of it; each only where both sides state it. */
    List<FieldCheck> fieldChecks(Report r) {
        List<Report> others = independentOf(r);
        List<Claim> theirs = others.stream().flatMap(o -> o.claims().stream()).toList();
        List<FieldCheck> checks = new ArrayList<>();
        compare("date", days(r.claims()), days(theirs), IncidentSources::daysAgree).ifPresent(checks::add);
        compare("place", places(r.claims()), places(theirs), (a, b) -> PlaceMatch.between(a, b) != PlaceMatch.NONE).ifPresent(checks::add);
        compare("perpetrator", perpetrators(r.claims()), perpetrators(theirs),
                (a, b) -> ActorFamilies.DEFAULT.compatible(new Actor(Optional.of(a), Optional.empty()), new Actor(Optional.of(b), Optional.empty())))
                .ifPresent(checks::add);
        return checks;
    }

    private <T> Optional<FieldCheck> compare(String field, Map<String, T> mine, Map<String, T> theirs, java.util.function.BiPredicate<T, T> agree) {
        if (mine.isEmpty() || theirs.isEmpty()) return Optional.empty();
        for (T a : mine.values()) {
            for (T b : theirs.values()) {
                if (agree.test(a, b)) return Optional.of(new FieldCheck(true, ""));
            }
        }
        return Optional.of(new FieldCheck(false, field + " " + String.join(", ", mine.keySet()) + " where other sources give "
                + String.join(", ", theirs.keySet()) + " [" + incident.key() + "]"));
    }

    private static boolean daysAgree(TimeSpan a, TimeSpan b) {
        LocalDate aStart = a.start().orElseThrow().minusDays(1), aEnd = a.end().orElseThrow().plusDays(1);
        return !b.start().orElseThrow().isAfter(aEnd) && !b.end().orElseThrow().isBefore(aStart);
    }

    private static Map<String, TimeSpan> days(List<Claim> claims) {
        Map<String, TimeSpan> days = new TreeMap<>();
        for (Claim c : claims) {
            TimeSpan t = c.date();
            if (t.start().isPresent()) days.putIfAbsent(t.start().get().equals(t.end().get()) ? t.start().get().toString() : t.start().get() + ".." + t.end().get(), t);
        }
        return days;
    }

    private static Map<String, Place> places(List<Claim> claims) {
        Map<String, Place> places = new TreeMap<>();
        for (Claim c : claims) {
            Place p = c.place();
            Optional<String> name = p.name().or(p::text).or(p::country);
            name.ifPresent(n -> places.putIfAbsent(n, p));
        }
        return places;
    }

    private static Map<String, String> perpetrators(List<Claim> claims) {
        Map<String, String> names = new TreeMap<>();
        for (Claim c : claims) c.actor().perpetrator().ifPresent(p -> names.putIfAbsent(p, p));
        return names;
    }

    /** Per outcome, the claim with the largest figure: the report's total for it. */
    private static Map<Outcome, Claim> headlines(Report r) {
        Map<Outcome, Claim> best = new EnumMap<>(Outcome.class);
        for (Claim c : r.claims()) best.merge(c.outcome(), c, (a, b) -> low(b) > low(a) ? b : a);
        return best;
    }

    private String source(Claim c, String outletKey) {
        return c.claimant().flatMap(agencies::named).orElse(outletKey);
    }

    static long low(Claim c) {
        return c.count().min().orElseGet(() -> c.count().max().getAsLong());
    }

    static long high(Claim c) {
        return c.count().max().orElseGet(() -> c.count().min().getAsLong());
    }

    static String key(String outlet) {
        String key = TextKey.of(outlet).value();
        return key.isEmpty() ? outlet : key;
    }
}
