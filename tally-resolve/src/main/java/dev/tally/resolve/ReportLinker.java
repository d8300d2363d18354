package dev.tally.resolve;

import dev.tally.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins documents' reports of one event, in three passes, each more cautious than the last:
 * <ol>
 *   <li>sharp reports that name a place, compared only within their {@link CandidateIndex} blocks,
 *       strongest links first, leaving out reports that fit two events;</li>
 *   <li>sharp reports that give only a country or a province, joined to the one event of that day
 *       they fit in it (none when two fit): a village's report and its governorate's are one event;</li>
 *   <li>undated or loosely dated reports ("earlier this month") that name a place, joined to the one
 *       dated event at that place whose victims and figures they match. An undated report was first
 *       tried as an event of the days before its publication (see {@link Report#anchored}); still
 *       alone, it is weighed here like any undated one.</li>
 * </ol>
 * Stateless and thread-safe; the result depends only on the reports, given in canonical order.
 */
final class ReportLinker {
    /** How many dated events at one place a loosely dated report is weighed against before it is called ambiguous. */
    static final int LOOSE_SCAN_LIMIT = 256;

    private record Link(int strength, int a, int b) {
        static final Comparator<Link> STRONGEST_FIRST = Comparator.comparingInt((Link l) -> -l.strength)
                .thenComparingInt(Link::a).thenComparingInt(Link::b);
    }

    private record PlaceBlock(OutcomeFamily family, String country, TextKey root) {
        static PlaceBlock of(Report r) {
            return new PlaceBlock(r.family(), r.country(), r.placeRoot().orElseThrow());
        }
    }

    private final ReportMatcher matcher;

    ReportLinker(ReportMatcher matcher) {
        this.matcher = matcher;
    }

    /** Confidence of a join that only the country and the day support. */
    static final double COUNTRY_ONLY_CONFIDENCE = 0.3;
    /** Confidence of a join that the province (a place within it) and the day support. */
    static final double PROVINCE_CONFIDENCE = 0.4;
    /** Confidence of a join of an undated report to the one event at its place that it fits. */
    static final double LOOSE_CONFIDENCE = 0.25;

    /** {@code reports} sorted by {@link Report#TEXT_ORDER}; returns the events, see {@link EventGroups#groups}. */
    List<EventGroups.Event> link(List<Report> reports) {
        CandidateIndex index = new CandidateIndex(reports);
        EventGroups groups = new EventGroups(reports, matcher);
        linkNamed(reports, index, groups);
        linkWide(reports, index, groups);
        linkLoose(reports, groups);
        return groups.groups();
    }

    private void linkNamed(List<Report> reports, CandidateIndex index, EventGroups groups) {
        List<Link> links = new ArrayList<>();
        Map<Integer, List<Integer>> fits = new HashMap<>();
        for (int[] pair : index.namedPairs()) {
            int strength = matcher.strength(reports.get(pair[0]), reports.get(pair[1]));
            if (strength == 0) continue;
            links.add(new Link(strength, pair[0], pair[1]));
            fits.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
            fits.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(pair[0]);
        }
        links.removeIf(l -> ambiguous(reports, fits.get(l.a)) || ambiguous(reports, fits.get(l.b)));
        links.sort(Link.STRONGEST_FIRST);
        for (Link l : links) {
            double confidence = Math.min(1.0, (double) l.strength / ReportMatcher.STRONGEST);
            groups.merge(l.a, l.b, LinkReasons.of(reports.get(l.a), reports.get(l.b), confidence, "named place"));
        }
    }

    /**
     * True when a report fits two reports that cannot be one event (two events of one article, or
     * figures too far apart): it could be either, so it joins neither.
     */
    private boolean ambiguous(List<Report> reports, List<Integer> fitting) {
        for (int x = 0; x < fitting.size(); x++) {
            for (int y = x + 1; y < fitting.size(); y++) {
                if (!matcher.consistent(reports.get(fitting.get(x)), reports.get(fitting.get(y)))) return true;
            }
        }
        return false;
    }

    private void linkWide(List<Report> reports, CandidateIndex index, EventGroups groups) {
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            boolean province = r.place().precision() == Place.Precision.ADMIN_AREA;
            if (!r.sharp() || r.named() && !province || !groups.alone(i)) continue;
            Map<Integer, Integer> fitting = new TreeMap<>();
            for (int j : index.sameDays(i)) {
                if (province && !within(reports.get(j), r)) continue;
                // a country alone says least: both must name the hand, and count one harm alike
                if (!province && !(matcher.perpetratorsNamedAndFit(r, reports.get(j)) && ReportMatcher.sameFigure(r, reports.get(j)))) continue;
                if (closeMatch(r, reports.get(j), false) && groups.mergeable(i, j)) fitting.putIfAbsent(groups.groupOf(j), j);
            }
            if (fitting.size() == 1) {
                int j = fitting.values().iterator().next();
                groups.merge(i, j, province
                        ? LinkReasons.of(r, reports.get(j), PROVINCE_CONFIDENCE, "the one event of its days in the province")
                        : LinkReasons.of(r, reports.get(j), COUNTRY_ONLY_CONFIDENCE, "the one event of its days in the country"));
            }
        }
    }

    /** True when {@code r}'s place has a point within {@link PlaceMatch#PROVINCE_KM} of the province's, or is the province. */
    private static boolean within(Report r, Report province) {
        return r.place().kilometresTo(province.place()).stream().anyMatch(km -> km <= PlaceMatch.PROVINCE_KM)
                || PlaceMatch.between(r.place(), province.place()) == PlaceMatch.SAME;
    }

    private void linkLoose(List<Report> reports, EventGroups groups) {
        Map<PlaceBlock, List<Integer>> dated = new HashMap<>();
        for (int j = 0; j < reports.size(); j++) {
            Report r = reports.get(j);
            if (r.sharp() && !r.anchored() && r.placeRoot().isPresent()) dated.computeIfAbsent(PlaceBlock.of(r), k -> new ArrayList<>()).add(j);
        }
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if ((r.sharp() && !r.anchored()) || r.placeRoot().isEmpty() || !groups.alone(i)) continue;
            List<Integer> candidates = dated.getOrDefault(PlaceBlock.of(r), List.of());
            int match = uniqueLooseMatch(reports, groups, i, candidates);
            if (match >= 0) groups.merge(i, match, LinkReasons.of(r, reports.get(match), LOOSE_CONFIDENCE, "the one dated event at its place"));
        }
    }

    /** The one candidate whose event report {@code i} fits, or -1 when none or several do, or too many to weigh. */
    private int uniqueLooseMatch(List<Report> reports, EventGroups groups, int i, List<Integer> candidates) {
        Report r = reports.get(i);
        int scanned = 0;
        int found = -1;
        for (int j : candidates) {
            Report s = reports.get(j);
            DayRange event = s.days().orElseThrow();
            boolean within = r.days().isEmpty() || (r.anchored() ? r.reach().get().overlaps(event, 0) : r.days().get().contains(event));
            if (s.doc().equals(r.doc()) || !within) continue;
            if (++scanned > LOOSE_SCAN_LIMIT) return -1;
            PlaceMatch place = PlaceMatch.between(r.place(), s.place());
            boolean fits = (place == PlaceMatch.SAME || place == PlaceMatch.NESTED) && closeMatch(r, s, true) && groups.mergeable(i, j);
            if (!fits) continue;
            if (found >= 0 && !groups.together(found, j)) return -1;
            found = j;
        }
        return found;
    }

    /** Victims in common (known ones when {@code strict}) and figures within 2 of each other. */
    private static boolean closeMatch(Report r, Report s, boolean strict) {
        return ReportMatcher.victimsShared(r, s, strict) && ReportMatcher.figuresFit(r, s, 1);
    }
}
