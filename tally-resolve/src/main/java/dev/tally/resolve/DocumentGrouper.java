package dev.tally.resolve;

import dev.tally.model.Place;
import dev.tally.model.Victims;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups one document's incident claims into {@link Report}s, one per event the document tells.
 * Claims that give both days and a place ("140 killed in a single March 17 airstrike" in Mosul) are
 * grouped first, by overlapping days and the same or nested place; a claim that lacks one of the two
 * ("13 members of his family", no date, Al-Jadida) then joins the one group it fits best, or stays
 * alone when two fit equally. Stateless and thread-safe.
 */
final class DocumentGrouper {
    /** How far apart one article may date the same figure and still mean one event. */
    static final int REPEAT_DAYS = 2;

    private final ActorFamilies actors;

    DocumentGrouper(ActorFamilies actors) {
        this.actors = actors;
    }

    /** {@code mentions}: the incident claims of one document. */
    List<Report> group(List<Mention> mentions) {
        List<Mention> ordered = mentions.stream().sorted(Mention.TEXT_ORDER).toList();
        List<List<Mention>> clusters = new ArrayList<>();
        for (Mention m : ordered) {
            if (anchored(m)) place(m, clusters, true);
        }
        for (Mention m : ordered) {
            if (!anchored(m)) place(m, clusters, false);
        }
        return clusters.stream().map(Report::of).toList();
    }

    /** Dated and placed: such a claim can found an event on its own. */
    private static boolean anchored(Mention m) {
        return m.days().isPresent() && m.placed();
    }

    /**
     * Puts {@code m} into the best-scoring cluster it fits, or a new one. Anchored claims break a tie
     * by the cluster founded last, the nearest before them in the text; others stay alone, since a
     * wrong merge costs more than a missed one.
     */
    private void place(Mention m, List<List<Mention>> clusters, boolean anchored) {
        Optional<List<Mention>> repeated = repeatedIn(m, clusters);
        if (repeated.isPresent()) {
            repeated.get().add(m);
            return;
        }
        int best = 0;
        List<List<Mention>> top = new ArrayList<>();
        for (List<Mention> cluster : clusters) {
            int score = anchored ? anchoredScore(m, cluster) : looseScore(m, cluster);
            if (score > best) {
                best = score;
                top.clear();
            }
            if (score == best && score > 0) top.add(cluster);
        }
        if (top.size() == 1 || (anchored && !top.isEmpty())) {
            top.get(top.size() - 1).add(m);
        } else {
            clusters.add(new ArrayList<>(List.of(m)));
        }
    }

    /**
     * The one cluster where {@code m}'s figure is told already: the same harm, part and range, at a
     * place that can be the same, by a compatible actor, within {@link #REPEAT_DAYS} days. An article
     * that gives "48 killed" in its headline and again in its body speaks of one event, even when the
     * two are dated a day apart (the headline to its publication day, the body to "Sunday"). None when
     * two clusters hold the figure: then it is a round-up's figure for two events.
     */
    private Optional<List<Mention>> repeatedIn(Mention m, List<List<Mention>> clusters) {
        List<Mention> found = null;
        for (List<Mention> cluster : clusters) {
            boolean repeats = cluster.stream().anyMatch(n -> repeats(m, n) && daysClose(m, n));
            if (!repeats || !cluster.stream().allMatch(n -> m.family() == n.family() && placesFit(m, n)
                    && actors.compatible(m.claim().actor(), n.claim().actor()))) continue;
            if (found != null) return Optional.empty();
            found = cluster;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The places of a repeated figure can be one: they match or lie within {@value PlaceMatch#NEAR_KM} km, or one of the two
     * is the headline's
     * ("Barrel bomb kills 11 children in Syria's Aleppo" over the body's "in Al Bab") and they lie in
     * one country. A headline names where the story is, often the province or its capital.
     */
    private static boolean placesFit(Mention m, Mention n) {
        Place a = m.claim().place(), b = n.claim().place();
        if (PlaceMatch.between(a, b) != PlaceMatch.NONE) return true;
        // "killed three in Damascus" and, quoted below, "three volunteers were killed" in Duma at its edge
        if (a.kilometresTo(b).orElse(Double.MAX_VALUE) <= PlaceMatch.NEAR_KM) return true;
        return (headline(m) || headline(n)) && a.country().isPresent() && a.country().equals(b.country());
    }

    /**
     * A headline: a line with no sentence's end among the first {@value #HEADLINE_CHARS} characters of the article, or
     * there the headline repeated under the page's date stamp ("Fri Jun 24 2016 Daesh kidnapped 900 Executed 18 People
     * in Syrias Aleppo.").
     */
    private static boolean headline(Mention m) {
        String s = m.claim().sentence().strip();
        return m.claim().evidence().start() < HEADLINE_CHARS && !s.isEmpty()
                && (".!?\"\u201d:".indexOf(s.charAt(s.length() - 1)) < 0 || DATE_STAMP.matcher(s).lookingAt());
    }

    /** A date stamp that opens a page's first line: "Fri Jun 24 2016", "28-05-2016", "5 Sep 2016", "Published April 4 2017". */
    private static final java.util.regex.Pattern DATE_STAMP = java.util.regex.Pattern.compile(
            "(?:Date of publication|Published|Posted|Last updated)\\b|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}\\b"
            + "|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,? (?:\\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}"
            + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}\\b");

    static final int HEADLINE_CHARS = 160;

    private static boolean daysClose(Mention m, Mention n) {
        return m.days().isEmpty() || n.days().isEmpty() || m.days().get().overlaps(n.days().get(), REPEAT_DAYS);
    }

    /** Fits every member, and shares days and a named place with one of them. */
    private int anchoredScore(Mention m, List<Mention> cluster) {
        if (!cluster.stream().allMatch(n -> compatible(m, n))) return 0;
        int best = 0;
        for (Mention n : cluster) {
            if (n.days().isEmpty() || !n.placed()) continue;
            int place = placeScore(PlaceMatch.between(m.claim().place(), n.claim().place()));
            if (place > 0) best = Math.max(best, place + dayScore(m.days().get(), n.days().get()));
        }
        return best;
    }

    /**
     * For a claim without days or without a place: fits every member, counts victims that match one
     * of theirs and figures close to theirs, and shares with some member what it has (the days, or
     * the place); with neither, it must repeat a member's figure exactly.
     */
    private int looseScore(Mention m, List<Mention> cluster) {
        if (!cluster.stream().allMatch(n -> compatible(m, n))) return 0;
        if (!cluster.stream().anyMatch(n -> victimsMatch(m, n))) return 0;
        Report mine = Report.of(List.of(m));
        if (!ReportMatcher.figuresFit(mine, Report.of(cluster), ReportMatcher.FIGURE_FACTOR)) return 0;
        int best = 0;
        for (Mention n : cluster) {
            int link;
            if (m.placed()) {
                link = placeScore(PlaceMatch.between(m.claim().place(), n.claim().place()));
            } else if (m.days().isPresent()) {
                link = n.days().map(d -> dayScore(m.days().get(), d)).orElse(0);
            } else {
                link = repeats(m, n) ? 1 : 0;
            }
            if (link == 0) continue;
            int bonus = (m.victims() == n.victims() ? 2 : 0) + (m.part() && key(m).equals(key(n)) ? 1 : 0);
            best = Math.max(best, link + bonus);
        }
        return best;
    }

    private boolean compatible(Mention m, Mention n) {
        if (m.family() != n.family()) return false;
        if (m.days().isPresent() && n.days().isPresent() && !sameEvent(m.days().get(), n.days().get())) return false;
        return PlaceMatch.between(m.claim().place(), n.claim().place()) != PlaceMatch.NONE
                && actors.compatible(m.claim().actor(), n.claim().actor());
    }

    /**
     * One article's two dates name one event when they are the same days, or a short span ("last weekend")
     * holds the other. A long one ("earlier this month") holding a day is another event the article reports.
     */
    private static boolean sameEvent(DayRange a, DayRange b) {
        return a.equals(b) || a.sharp() && a.contains(b) || b.sharp() && b.contains(a);
    }

    private static boolean victimsMatch(Mention m, Mention n) {
        return m.victims() == n.victims() || m.victims() == Victims.UNKNOWN || n.victims() == Victims.UNKNOWN;
    }

    /**
     * The same harm, part and range told again ("Repeats inside one article are one"); a headline's "16 killed"
     * repeats the body's "16 civilians killed", so victims only need to fit.
     */
    private static boolean repeats(Mention m, Mention n) {
        if (m.outcome() != n.outcome() || !victimsMatch(m, n) || !key(m).equals(key(n))) return false;
        boolean same = m.claim().count().min().equals(n.claim().count().min()) && m.claim().count().max().equals(n.claim().count().max());
        // a headline drops the body's hedge: "kills 12" over "killed at least 12"
        return same || (headline(m) || headline(n)) && m.low() == n.low();
    }

    private static Optional<TextKey> key(Mention m) {
        return m.claim().subgroup().map(TextKey::of);
    }

    private static int placeScore(PlaceMatch match) {
        return switch (match) {
            case SAME -> 30;
            case NESTED -> 20;
            case NEAR -> 10;
            default -> 0;
        };
    }

    private static int dayScore(DayRange a, DayRange b) {
        return a.equals(b) ? 5 : a.overlaps(b, 0) ? 3 : 0;
    }
}
