package dev.tally.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking: which sharp reports (see {@link Report#sharp}) are worth comparing at all. A report is
 * filed under its outcome family, country and each day it covers (at most {@link DayRange#SHARP_DAYS}),
 * and there under its place: the broadest part of its name and the 0.5-degree cell of its
 * coordinates. Only reports filed under the same family and country, days at most
 * {@link ReportMatcher#DAY_SLACK} apart and the same place name or neighbouring cells are ever
 * paired, so the work grows with the reports, not with their pairs. Immutable once built.
 */
final class CandidateIndex {
    /** Degrees per cell side: 0.5 degrees is more than {@link PlaceMatch#NEAR_KM} below 60 degrees of latitude. */
    static final double CELL_DEGREES = 0.5;

    /** The bucket a report is filed in; {@code place} is "root:mosul", "cell:72:86", or "*" for all of a day. */
    private record Block(OutcomeFamily family, String country, LocalDate day, String place) {
    }

    private final List<Report> reports;
    private final Map<Block, List<Integer>> blocks = new HashMap<>();

    /** {@code reports} in their canonical order; candidates are named by their position in it. */
    CandidateIndex(List<Report> reports) {
        this.reports = List.copyOf(reports);
        for (int i = 0; i < this.reports.size(); i++) {
            Report r = this.reports.get(i);
            if (!r.sharp()) continue;
            DayRange days = r.weighedDays().orElseThrow();
            for (LocalDate d = days.start(); !d.isAfter(days.end()); d = d.plusDays(1)) {
                file(new Block(r.family(), r.country(), d, "*"), i);
                for (String place : placeKeys(r, false)) file(new Block(r.family(), r.country(), d, place), i);
            }
        }
    }

    private void file(Block block, int report) {
        blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(report);
    }

    /** Pairs {@code i < j} of named sharp reports from different documents filed under a shared place, ascending. */
    List<int[]> namedPairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (!r.sharp() || !r.named()) continue;
            for (int j : around(i, placeKeys(r, true))) {
                if (j > i && reports.get(j).named() && !reports.get(j).doc().equals(r.doc())) pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    /** Every sharp report of another document filed under the same family and country within the day slack of report {@code i}. */
    Set<Integer> sameDays(int i) {
        Set<Integer> found = around(i, List.of("*"));
        found.removeIf(j -> reports.get(j).doc().equals(reports.get(i).doc()));
        return found;
    }

    private Set<Integer> around(int i, List<String> places) {
        Report r = reports.get(i);
        DayRange days = r.weighedDays().orElseThrow();
        Set<Integer> found = new TreeSet<>();
        LocalDate last = days.end().plusDays(ReportMatcher.DAY_SLACK);
        for (LocalDate d = days.start().minusDays(ReportMatcher.DAY_SLACK); !d.isAfter(last); d = d.plusDays(1)) {
            for (String place : places) found.addAll(blocks.getOrDefault(new Block(r.family(), r.country(), d, place), List.of()));
        }
        found.remove(i);
        return found;
    }

    /** The place keys a report is filed under, or with {@code neighbours} the ones to look in: the 3x3 cells around it. */
    private static List<String> placeKeys(Report r, boolean neighbours) {
        List<String> keys = new ArrayList<>();
        r.placeRoot().ifPresent(root -> keys.add("root:" + root.value()));
        // "Sinaa" told with no town, and "al-Sinaa, Al Qamishli": a place the gazetteer lacks is filed by its own name too
        r.placeLeaf().ifPresent(leaf -> keys.add("leaf:" + leaf.value()));
        if (r.named() && r.place().lat().isPresent()) {
            long row = (long) Math.floor(r.place().lat().getAsDouble() / CELL_DEGREES);
            long col = (long) Math.floor(r.place().lon().getAsDouble() / CELL_DEGREES);
            int reach = neighbours ? 1 : 0;
            for (long dr = -reach; dr <= reach; dr++) {
                for (long dc = -reach; dc <= reach; dc++) keys.add("cell:" + (row + dr) + ":" + (col + dc));
            }
        }
        return keys;
    }
}
