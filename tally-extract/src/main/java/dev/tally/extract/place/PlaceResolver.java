package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Settles which place each name in an article means, from the article itself: the countries it
 * names (and their demonyms), the places it names that are not in doubt and lie nearby, then
 * population and rank (a capital or a division's seat before a village). A type word next to a
 * name ("Raqqa governorate", "Jabalia camp") picks the place of that kind. A curated
 * neighbourhood counts only where the article names its city. Names with nothing for them
 * (no cue, no country of the article, a small place) are dropped as likely false.
 * Stateless; thread-safe as its {@link Gazetteer} is.
 */
public final class PlaceResolver {
    /** Places at least this big are taken without a cue or a country of the article. */
    private static final long BIG_CITY = 100_000;
    private static final long HUGE_CITY = 1_000_000;
    private static final double NEAR_KM = 30, REGION_KM = 150;
    /** Country evidence past which an article's countries are taken as known. */
    private static final double SETTLED = 1.5;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Resolves every place name in {@code text}; offsets in the result are into {@code text}. */
    public ArticlePlaces resolve(String text) {
        MentionFinder.Scan scan = gazetteer.scan(text);
        CountryEvidence evidence = new CountryEvidence();
        evidence.addDemonyms(scan.demonyms());
        List<GazetteerEntry> anchors = new ArrayList<>();
        for (PlaceMention m : scan.places()) {
            boolean selfEvident = m.cued() || m.candidates().stream().anyMatch(c -> c.isArea() || c.population() >= BIG_CITY);
            if (selfEvident && m.candidates().stream().map(GazetteerEntry::country).distinct().count() == 1) {
                evidence.addPlace(m.candidates().get(0), m.cued());
                if (m.candidates().size() == 1 && !m.candidates().get(0).isArea()) anchors.add(m.candidates().get(0));
            }
        }
        List<ResolvedMention> first = pass(scan.places(), evidence, anchors, Set.of());
        CountryEvidence settled = new CountryEvidence();
        settled.addDemonyms(scan.demonyms());
        List<GazetteerEntry> placed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ResolvedMention r : first) {
            settled.addPlace(r.entry(), r.mention().cued());
            if (!r.entry().isArea()) placed.add(r.entry());
            names.add(r.entry().name());
        }
        return new ArticlePlaces(text, pass(scan.places(), settled, placed, names), settled.main());
    }

    private List<ResolvedMention> pass(List<PlaceMention> mentions, CountryEvidence evidence,
                                       List<GazetteerEntry> anchors, Set<String> placedNames) {
        List<ResolvedMention> out = new ArrayList<>();
        for (PlaceMention m : mentions) {
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (GazetteerEntry c : m.candidates()) {
                double s = score(m, c, evidence, anchors, placedNames);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            if (best != null && plausible(m, best, evidence, anchors)) out.add(new ResolvedMention(m, best, place(m, best)));
        }
        return out;
    }

    private static double score(PlaceMention m, GazetteerEntry c, CountryEvidence evidence,
                                List<GazetteerEntry> anchors, Set<String> placedNames) {
        double s = 3.0 * evidence.share(c.country()) + proximity(m, c, anchors) + prior(c);
        if (m.hint().isPresent()) s += m.hint().get() == c.precision() ? 1.5 : 0;
        if (c.parent().isPresent()) s += placedNames.contains(c.parent().get()) ? 1.0 : -1.0;
        return s;
    }

    /** 1 when another place the article names lies within 30 km, 0.5 within 150 km. */
    private static double proximity(PlaceMention m, GazetteerEntry c, List<GazetteerEntry> anchors) {
        double nearest = Double.MAX_VALUE;
        for (GazetteerEntry a : anchors) {
            if (m.candidates().contains(a)) continue;
            double km = c.kmTo(a);
            if (!Double.isNaN(km)) nearest = Math.min(nearest, km);
        }
        return nearest <= NEAR_KM ? 1.0 : nearest <= REGION_KM ? 0.5 : 0;
    }

    /** What is known before the article speaks: size and rank. */
    private static double prior(GazetteerEntry c) {
        return switch (c.precision()) {
            case COUNTRY -> 1.0;
            case ADMIN_AREA -> 0.2;
            default -> 0.12 * Math.log10(1 + c.population()) + rank(c.kind());
        };
    }

    private static double rank(String kind) {
        return switch (kind) {
            case "PPLC" -> 0.4;
            case "PPLA" -> 0.3;
            case "PPLA2" -> 0.15;
            case "camp", "neighbourhood", "checkpoint", "region", "area" -> 0.3;
            default -> 0;
        };
    }

    /**
     * Keeps a name framed as a place ("in", "near", a type word), an area, or one that fits the
     * article (its country, or near its other places). A bare name of a big city elsewhere is
     * kept only under its own name ("Mosul", not an other-language alias) and when the article
     * gives no country that speaks against it. A small place in a country the article never
     * names, or one matched there under another language's name, is dropped even when framed:
     * "the Amal neighborhood" is not a town in Sweden.
     */
    private static boolean plausible(PlaceMention m, GazetteerEntry c, CountryEvidence evidence, List<GazetteerEntry> anchors) {
        if (c.parent().isPresent() && m.hint().isEmpty() && !m.cued()) return false;
        double share = evidence.share(c.country());
        boolean foreign = share == 0 && evidence.total() >= SETTLED && !c.isArea();
        boolean ownName = c.isArea() || Lexicon.fold(m.surface()).endsWith(Lexicon.fold(c.name()).replaceFirst("^al ", ""));
        if (foreign && (c.population() < BIG_CITY || !ownName)) return false;
        if (m.framed() || c.isArea() || share >= 0.2 || proximity(m, c, anchors) > 0) return true;
        return ownName && (c.population() >= HUGE_CITY || (c.population() >= BIG_CITY && !foreign));
    }

    private static Place place(PlaceMention m, GazetteerEntry e) {
        boolean located = e.hasCoordinates();
        return new Place(Optional.of(m.text()), Optional.of(e.name()), Optional.of(e.country()),
                located ? OptionalDouble.of(e.lat()) : OptionalDouble.empty(),
                located ? OptionalDouble.of(e.lon()) : OptionalDouble.empty(), e.precision());
    }
}
