package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The places of one article, resolved: every mention in text order, the article's focus place
 * and country, and look-ups for a claim by character range. Offsets are half-open UTF-16 ranges
 * into the text given to {@link PlaceResolver#resolve}. Immutable; thread-safe.
 */
public final class ArticlePlaces {
    /** Mentions in the first part of an article count more towards its focus (headline, lead). */
    private static final double LEAD_SHARE = 0.15, LEAD_BONUS = 1.5;

    private final List<ResolvedMention> mentions;
    private final int[] paragraphStarts;
    private final Optional<Place> focus;
    private final Optional<ResolvedMention> dateline;
    private final Optional<String> focusCountry;

    ArticlePlaces(String text, List<ResolvedMention> mentions, Optional<String> mainCountry) {
        this(text, mentions, mainCountry, Optional.empty());
    }

    /** {@code dateline}: the town the report was filed from, in its own country; it weighs as one mention outside the lead. */
    ArticlePlaces(String text, List<ResolvedMention> mentions, Optional<String> mainCountry, Optional<ResolvedMention> dateline) {
        this.mentions = List.copyOf(mentions);
        this.paragraphStarts = paragraphStarts(text);
        this.dateline = dateline;
        Optional<ResolvedMention> top = focusMention(text.length(), mainCountry, dateline);
        this.focus = top.map(ResolvedMention::place);
        this.focusCountry = mainCountry.isPresent() ? mainCountry : top.map(r -> r.entry().country());
    }

    /**
     * 0 and the offset after each paragraph break: a line break, then blanks holding at least one
     * more line break (the break ends after the last of them). Read char by char, as a regular
     * expression over every article cost more than the rest of this class.
     */
    static int[] paragraphStarts(String text) {
        int[] starts = new int[8];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int lastBreak = -1;
            int j = i + 1;
            for (; j < text.length() && isBlank(text.charAt(j)); j++) {
                if (text.charAt(j) == '\n') lastBreak = j;
            }
            if (lastBreak < 0) continue;
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = lastBreak + 1;
            i = lastBreak;
        }
        return Arrays.copyOf(starts, n);
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The most mentioned place, weighing cities over areas, the lead over the rest, and the main
     * country over others; between equal scores, the place named first. An article names a few
     * dozen places at most, so each is sought in a list rather than hashed, which would hash
     * every field of the entry.
     */
    private Optional<ResolvedMention> focusMention(int length, Optional<String> mainCountry, Optional<ResolvedMention> dateline) {
        List<GazetteerEntry> places = new ArrayList<>();
        List<ResolvedMention> firsts = new ArrayList<>();
        List<ResolvedMention> scored = new ArrayList<>(mentions.size() + 1);
        dateline.ifPresent(scored::add);
        scored.addAll(mentions);
        double[] scores = new double[scored.size()];
        for (ResolvedMention r : scored) {
            double lead = r.start() <= LEAD_SHARE * length && !dateline.filter(d -> d == r).isPresent() ? LEAD_BONUS : 1.0;
            double home = mainCountry.isEmpty() || mainCountry.get().equals(r.entry().country()) ? 1.0 : 0.5;
            int i = indexOf(places, r.entry());
            if (i < 0) {
                i = places.size();
                places.add(r.entry());
                firsts.add(r);
            }
            scores[i] += weight(r.entry().precision()) * lead * home;
        }
        int best = -1;
        for (int i = 0; i < places.size(); i++) {
            // Places are in the order first named, so a later one must score strictly more.
            if (best < 0 || Double.compare(scores[i], scores[best]) > 0) best = i;
        }
        return best < 0 ? Optional.empty() : Optional.of(firsts.get(best));
    }

    private static int indexOf(List<GazetteerEntry> places, GazetteerEntry e) {
        for (int i = 0; i < places.size(); i++) {
            if (GazetteerEntry.same(places.get(i), e)) return i;
        }
        return -1;
    }

    private static double weight(Place.Precision p) {
        return switch (p) {
            case CITY -> 1.0;
            case NEIGHBOURHOOD -> 0.8;
            case ADMIN_AREA -> 0.5;
            case COUNTRY -> 0.25;
            case UNKNOWN -> 0;
        };
    }

    /** The town of the article's dateline in its own country, if it has one (see {@link PlaceResolver}). */
    public Optional<Place> dateline() {
        return dateline.map(ResolvedMention::place);
    }

    /** The dateline's town as resolved, with its gazetteer entry; see {@link #dateline}. */
    public Optional<ResolvedMention> datelineMention() {
        return dateline;
    }

    /** Every resolved mention, in text order. */
    public List<ResolvedMention> mentions() {
        return mentions;
    }

    /** The article's focus: its most mentioned place, cities before areas. */
    public Optional<Place> focus() {
        return focus;
    }

    /** The ISO alpha-2 code of the country the article is mostly about. */
    public Optional<String> focusCountry() {
        return focusCountry;
    }

    /** The most specific place named inside {@code [start, end)}; the earliest among equals. */
    public Optional<Place> within(int start, int end) {
        checkRange(start, end);
        return mentions.stream()
                .filter(r -> r.start() >= start && r.end() <= end)
                .min(Comparator.comparingInt((ResolvedMention r) -> r.place().precision().ordinal()).thenComparingInt(ResolvedMention::start))
                .map(ResolvedMention::place);
    }

    /** The nearest place named before {@code offset} in the same paragraph, finer than a country if any. */
    public Optional<Place> before(int offset) {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0; got " + offset);
        int paragraph = paragraphStart(offset);
        Optional<ResolvedMention> nearest = Optional.empty();
        for (ResolvedMention r : mentions) {
            if (r.end() > offset) break;
            if (r.start() < paragraph) continue;
            if (nearest.isEmpty() || r.place().precision() != Place.Precision.COUNTRY
                    || nearest.get().place().precision() == Place.Precision.COUNTRY) nearest = Optional.of(r);
        }
        return nearest.map(ResolvedMention::place);
    }

    /** The place for a claim whose clause or sentence is {@code [start, end)}: within it, else before it, else the focus. */
    public Optional<Place> forClaim(int start, int end) {
        Optional<Place> inside = within(start, end);
        if (inside.isPresent()) return inside;
        Optional<Place> earlier = before(start);
        return earlier.isPresent() ? earlier : focus;
    }

    private int paragraphStart(int offset) {
        int start = 0;
        for (int s : paragraphStarts) {
            if (s > offset) break;
            start = s;
        }
        return start;
    }

    private static void checkRange(int start, int end) {
        if (start < 0) throw new IllegalArgumentException("start must be >= 0; got " + start);
        if (end < start) throw new IllegalArgumentException("end must be >= start; got " + end + " < " + start);
    }

    @Override
    public String toString() {
        return "ArticlePlaces[" + mentions.size() + " mentions, focus=" + focus.flatMap(Place::name).orElse("-")
                + ", country=" + focusCountry.orElse("-") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticlePlaces other && mentions.equals(other.mentions) && focusCountry.equals(other.focusCountry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mentions, focusCountry);
    }
}
