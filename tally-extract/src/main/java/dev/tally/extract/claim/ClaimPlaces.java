package dev.tally.extract.claim;

import dev.tally.extract.place.ArticlePlaces;
import dev.tally.extract.place.ResolvedMention;
import dev.tally.extract.text.Literals;
import dev.tally.extract.text.Sentence;
import dev.tally.model.Place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses a claim's place among the places an article names: the one nearest the figure in its
 * clause, else in its sentence, else the finest in the nearest sentence before (up to
 * {@value #LOOK_BACK} back), else the article's focus, which may be the town of its dateline. One incident placed only in a country or a
 * province takes a finer place in it that its sentence names ("in the city of Jarabulus in the
 * countryside of Aleppo"), else the article's. Names used for a government or a base ("Washington's
 * policy", "a Britain-based group") say where no harm happened and are passed over. Mentions are
 * kept in text order and found by binary search, so each claim costs a look-up, not a walk over the
 * article.
 */
final class ClaimPlaces {
    static final int LOOK_BACK = 3;
    /** The headline and lead: the sentences that tell an article's main event. */
    private static final int LEAD_SENTENCES = 3;
    /** The sentences that tell the headline's event: a finer place for it is sought among them. */
    private static final int EVENT_SENTENCES = 6;
    /** A sentence that speaks of several places ("attacks on several neighborhoods in Aleppo") names no one part for its event. */
    private static final Pattern SEVERAL_PLACES = Pattern.compile(
            "\\b(?:neighbou?rhoods|areas|towns|villages|districts|provinces|cities|regions|places|locations)\\b");
    /** Every match of {@link #SEVERAL_PLACES} holds one of these: a sentence with none needs no regex. */
    private static final Literals SEVERAL_PLACES_WORDS = Literals.of(
            "rhoods", "areas", "towns", "villages", "districts", "provinces", "cities", "regions", "places", "locations");
    /**
     * How far from a province's point a place may lie and still be in it: the gazetteer gives a
     * province one point (its centre or seat), not its outline.
     */
    static final double PROVINCE_KM = 150;

    private final ArticlePlaces places;
    /** The places that may be scenes: not a state's seat ("Washington's"), not a far point of reference. */
    private final List<ResolvedMention> mentions;
    private final String text;
    private final List<Sentence> sentences;
    /** Places the gazetteer lacks, named by their frame: a claim placed at one says so in its rule. */
    private final Set<Place> unlisted;
    /** Per sentence: 0 not read yet, 1 it speaks of several places, 2 it does not. */
    private final byte[] several;

    ClaimPlaces(ArticlePlaces places, String text, List<Sentence> sentences) {
        this.places = places;
        boolean focusNamed = focusNamed(places);
        this.mentions = places.mentions().stream().filter(m -> harmPlace(text, m) && !farReference(text, m) && !foreignActor(places, m)
                && !foreignDateline(places, text, m) && !foreignInName(places, focusNamed, text, m)).toList();
        this.unlisted = mentions.stream().filter(ResolvedMention::unlisted).map(ResolvedMention::place).collect(Collectors.toSet());
        this.several = new byte[sentences.size()];
        this.text = text;
        this.sentences = sentences;
    }

    /** The country the article's places lie in, ISO alpha-2, if any. */
    Optional<String> country() {
        return places.focusCountry();
    }

    /**
     * @param figure    normalized-text offset of the figure; clause as a normalized-text range
     * @param aggregate a total over an area takes the widest place its clause names ("In Syria, ... around
     *                  Raqqa ... rose to 198"); one incident takes the place nearest its figure
     */
    Ruled<Place> choose(int figure, int clauseFrom, int clauseTo, int sentenceIndex, boolean aggregate) {
        Ruled<Place> chosen = chosen(figure, clauseFrom, clauseTo, sentenceIndex, aggregate);
        return unlisted.contains(chosen.value()) ? new Ruled<>(chosen.value(), chosen.rule() + "+unlisted") : chosen;
    }

    private Ruled<Place> chosen(int figure, int clauseFrom, int clauseTo, int sentenceIndex, boolean aggregate) {
        Sentence s = sentences.get(sentenceIndex);
        // "Five were killed in the town of Sabqa and one in the town of Harasta": a figure opening the next conjunct has
        // the place that conjunct names
        if (Conjuncts.opensElliptical(text, figure, clauseFrom)) {
            Optional<Place> own = nearest(figure, figure, clauseTo, aggregate);
            if (own.isPresent()) return new Ruled<>(own.get(), OWN_CONJUNCT);
        }
        // "killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province": the next conjunct's place is its own
        int ownEnd = Conjuncts.next(text, figure, clauseTo);
        Ruled<Place> chosen = nearest(figure, clauseFrom, ownEnd, aggregate).or(() -> nearest(figure, clauseFrom, clauseTo, aggregate))
                .map(p -> new Ruled<>(p, aggregate ? "place:widest-in-clause" : "place:in-clause"))
                .or(() -> nearest(figure, s.start(), s.end(), aggregate).map(p -> new Ruled<>(p, "place:in-sentence")))
                .or(() -> earlier(sentenceIndex, false).map(m -> new Ruled<>(m.place(), "place:sentence-before")))
                .or(() -> places.focus().filter(p -> namedAsScene(p) && !otherCountry(places, p)).map(p -> new Ruled<>(p, "place:article-focus")))
                .or(() -> places.focus().filter(p -> places.dateline().equals(Optional.of(p))).map(p -> new Ruled<>(p, "place:dateline")))
                .or(() -> earlier(sentenceIndex, true).map(m -> new Ruled<>(m.place(), "place:body-seat-before")))
                .orElse(new Ruled<>(Place.UNKNOWN, "place:none"));
        // "killed in another town in the Idlib countryside": not the finer place the article names elsewhere
        if (aggregate || SameFigure.another(text, s.start(), s.end())) return chosen;
        // only the lead asks whether its sentence speaks of several places: the regex runs for no other sentence
        boolean leadOfOnePlace = sentenceIndex < LEAD_SENTENCES && !several(sentenceIndex);
        if (!coarse(chosen.value())) {
            if (!leadOfOnePlace) return chosen;
            boolean seat = bareSeat(chosen.value());
            return onlyPartOf(chosen.value()).map(p -> new Ruled<>(p, "place:only-part-in-article"))
                    .or(() -> !seat ? Optional.empty() : onlyInside(chosen.value()).map(p -> new Ruled<>(p, "place:only-finer-in-article")))
                    .or(() -> !seat ? Optional.empty() : mostNamedInside(chosen.value()).map(p -> new Ruled<>(p, MOST_NAMED)))
                    .orElse(chosen);
        }
        return finerIn(chosen.value(), s.start(), s.end()).map(p -> new Ruled<>(p, "place:finer-in-sentence"))
                // "JISR AL-SHUGHUR, Syria — An airstrike ... in northwestern Syria killed nine ... over the town of Jisr al-Shughur":
                // the lead's event is at the dateline's town when the text names it too (a capital's dateline alone may be the desk's)
                .or(() -> sentenceIndex >= LEAD_SENTENCES ? Optional.empty() : places.datelineMention()
                        .filter(d -> within(d, chosen.value()) && mentions.stream().anyMatch(m -> m.place().name().equals(d.place().name())))
                        .map(d -> new Ruled<>(d.place(), "place:dateline-inside")))
                .or(() -> !leadOfOnePlace ? Optional.empty()
                        : onlyInside(chosen.value()).map(p -> new Ruled<>(p, "place:only-finer-in-article")))
                .or(() -> !leadOfOnePlace ? Optional.empty() : mostNamedInside(chosen.value()).map(p -> new Ruled<>(p, MOST_NAMED)))
                .or(() -> finer(chosen.value(), sentenceIndex).map(p -> new Ruled<>(p, "place:finer-in-article")))
                .orElse(chosen);
    }

    private static final String OWN_CONJUNCT = "place:in-own-conjunct";

    /**
     * The place of a war's toll ("Syria's war has killed more than 400,000"): the war's country as the article names it,
     * unless the figure's own clause names the area it counts ("the war has killed 5,000 in Aleppo"). The town of another
     * sentence or the article's focus is no more the scene of a whole war than of any total.
     */
    Ruled<Place> ofWar(Ruled<Place> chosen) {
        if (chosen.rule().startsWith("place:widest-in-clause") || chosen.rule().startsWith("place:in-clause")
                || chosen.rule().startsWith(OWN_CONJUNCT)) return chosen;
        Optional<String> country = places.focusCountry();
        return mentions.stream().map(ResolvedMention::place)
                .filter(p -> p.precision() == Place.Precision.COUNTRY && p.country().equals(country)).findFirst()
                .map(p -> new Ruled<>(p, "place:war-country")).orElse(chosen);
    }

    /**
     * Whether {@code [from, to)} lists two places or more of one level, neither a country, by name and one after the
     * other ("in Aleppo and Idlib", "the towns of Kafr Batna, Saqba and Hamouriyeh"): the last two apart by "and" only. A
     * place and the area it lies in ("Jabalia camp, Gaza Strip") are one place; a road "between Arika and Sweida", a home
     * "near the al-Nadi and al-Nazla areas" one scene. The list must hold the place nearest the figure ("four were killed
     * in Arbin and one in each of Harasta and Douma" lists none of Arbin's).
     */
    boolean listsPlaces(int figure, int from, int to) {
        int nearest = -1;
        for (int i = first(from); i < mentions.size() && mentions.get(i).end() <= to; i++) {
            if (nearest < 0 || distance(mentions.get(i), figure) < distance(mentions.get(nearest), figure)) nearest = i;
        }
        for (int i = Math.max(first(from), nearest - 1); nearest >= 0 && i <= nearest && i + 1 < mentions.size() && mentions.get(i + 1).end() <= to; i++) {
            ResolvedMention a = mentions.get(i), b = mentions.get(i + 1);
            if (a.place().precision() == Place.Precision.COUNTRY || a.place().precision() != b.place().precision()
                    || a.place().name().equals(b.place().name()) || a.end() > b.start() || BETWEEN.matcher(text).region(Math.max(0, a.start() - 20), a.start()).find()) {
                continue;
            }
            int gapFrom = a.mention().textEnd(), gapTo = b.mention().textStart();
            if (gapFrom <= gapTo && LIST_GAP.matcher(text).region(gapFrom, gapTo).matches()) return true;
        }
        return false;
    }

    private static final Pattern LIST_GAP = Pattern.compile("\\s*,?\\s*(?:and|as well as)\\s+(?:the\\s+)?(?:(?:town|village|city)\\s+of\\s+)?");
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|near|around)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?$");

    private static int distance(ResolvedMention m, int figure) {
        return m.start() >= figure ? m.start() - figure : figure - m.end() + 1;
    }

    /** Whether sentence {@code i} speaks of several places; read once per sentence. */
    private boolean several(int i) {
        if (several[i] == 0) {
            Sentence s = sentences.get(i);
            boolean found = SEVERAL_PLACES_WORDS.anyIn(text, s.start(), s.end()) && SEVERAL_PLACES.matcher(text).region(s.start(), s.end()).find();
            several[i] = (byte) (found ? 1 : 2);
        }
        return several[i] == 1;
    }

    /**
     * One event that the headline or lead places in a city whose article names one part of that city
     * and no other ("Shelling kills two in Aleppo" over a report of the Sulaymaniyah neighbourhood):
     * that part. Further down, a city is more often another event's ("an attack in the capital
     * earlier this month").
     */
    private Optional<Place> onlyPartOf(Place city) {
        if (city.precision() != Place.Precision.CITY || city.name().isEmpty()) return Optional.empty();
        return only(m -> m.place().precision() == Place.Precision.NEIGHBOURHOOD && m.entry().parent().equals(city.name()));
    }

    /**
     * One event that the headline or lead places in a country or province whose article names one finer
     * place inside it and no other (further down, a country is more often a background event's): inside the country, or in the province by the gazetteer's division code (a province's
     * point says too little of its extent to tell by distance).
     */
    private Optional<Place> onlyInside(Place coarse) {
        if (coarse.precision() == Place.Precision.COUNTRY) return only(m -> inside(m.place(), coarse));
        Optional<String> division = division(coarse);
        if (division.isEmpty()) return Optional.empty();
        // The province's seat ("Aleppo" in "the province of Aleppo", "Hamah" for "Hama") is no finer report of where.
        return only(m -> !coarse(m.place()) && m.entry().admin1().equals(division.get()) && m.place().country().equals(coarse.country())
                && !m.place().name().equals(coarse.name()) && !m.entry().kind().equals("PPLA"));
    }

    static final String MOST_NAMED = "place:most-named-inside";

    /**
     * "Syria's Idlib" over a report of "Syria's northern Idlib province": a province's seat named bare, in an article
     * that names the province as such, stands for the province as often as for the city, so the article's own finer
     * place for the event is sought as for a province. Where the province goes unnamed ("Gaza"), the city is meant.
     */
    private boolean bareSeat(Place p) {
        if (p.precision() != Place.Precision.CITY) return false;
        Optional<ResolvedMention> seat = mentions.stream().filter(m -> m.place().equals(p) && m.entry().kind().equals("PPLA")
                && m.mention().hint().isEmpty() && m.mention().text().equals(m.mention().surface())).findFirst();
        return seat.isPresent() && mentions.stream().anyMatch(m -> m.place().precision() == Place.Precision.ADMIN_AREA
                && m.place().country().equals(p.country()) && m.entry().admin1().equals(seat.get().entry().admin1()));
    }

    /**
     * One event that the headline or lead places in a country, a province or a province's seat named bare, whose article
     * names one finer place inside it more often than any other, and at least twice ("Khan Sheikhoun, the site of
     * Tuesday's attack", under "Gas attack in Syria's Idlib"): that place. Inside a country by its code, inside a
     * province by the gazetteer's division code; a province's seat is no finer report of where in it.
     */
    private Optional<Place> mostNamedInside(Place coarse) {
        Optional<String> division = division(coarse);
        if (division.isEmpty()) return Optional.empty();
        Map<String, Integer> times = new HashMap<>();
        Map<String, Place> first = new HashMap<>();
        int leadEnd = sentences.get(Math.min(sentences.size(), EVENT_SENTENCES) - 1).end();
        Set<String> inLead = new HashSet<>();
        for (ResolvedMention m : mentions) {
            Place p = m.place();
            boolean inside = !coarse(p) && p.country().equals(coarse.country()) && !p.name().equals(coarse.name())
                    && (division.get().isEmpty() || m.entry().admin1().equals(division.get()) && !m.entry().isSeat());
            if (!inside || p.name().isEmpty()) continue;
            times.merge(p.name().get(), 1, Integer::sum);
            first.putIfAbsent(p.name().get(), p);
            if (m.start() < leadEnd) inLead.add(p.name().get());
        }
        String best = null;
        int most = 0, second = 0;
        for (var e : times.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // named twice with once in the lead, or three times: a place named once or twice further down is as often a background event's
        boolean often = most >= (inLead.contains(best) ? 2 : 3);
        return often && most > second ? Optional.of(first.get(best)) : Optional.empty();
    }

    /**
     * The gazetteer's division code of a province or a province's seat the article names, "" for a country (anything in it),
     * empty when unknown (a place the gazetteer lacks): a province's point says too little of its extent to tell by distance.
     */
    private Optional<String> division(Place coarse) {
        if (coarse.precision() == Place.Precision.COUNTRY) return Optional.of("");
        return mentions.stream().filter(m -> m.place().equals(coarse)).map(m -> m.entry().admin1()).filter(d -> !d.isEmpty()).findFirst();
    }

    /** The place of the mentions that pass {@code test} when they all name the same place; else empty. */
    private Optional<Place> only(java.util.function.Predicate<ResolvedMention> test) {
        Place found = null;
        // the event of the headline is told in the lead: a place named further down is as often a background event's
        int leadEnd = sentences.get(Math.min(sentences.size(), EVENT_SENTENCES) - 1).end();
        for (ResolvedMention m : mentions) {
            if (m.start() >= leadEnd) break;
            if (!test.test(m)) continue;
            if (found != null && !found.name().equals(m.place().name())) return Optional.empty();
            if (found == null) found = m.place();
        }
        return Optional.ofNullable(found);
    }

    /** One incident placed only in a country or province: the article's finer place in it, when it names one. */
    private Optional<Place> finer(Place coarse, int sentenceIndex) {
        Optional<ResolvedMention> before = earlier(sentenceIndex, false);
        if (before.isPresent()) return before.filter(m -> within(m, coarse) && !seatOf(m, coarse)).map(ResolvedMention::place);
        return places.focus().filter(p -> mentions.stream().filter(m -> m.place().equals(p)).findFirst()
                .map(m -> within(m, coarse) && !seatOf(m, coarse)).orElseGet(() -> inside(p, coarse)));
    }

    /**
     * Whether {@code m} is the seat of the province {@code coarse} ("Daraa" of "Daraa countryside"): named elsewhere in the
     * article, the seat is as often the province again as the city, so it says no finer where.
     */
    private boolean seatOf(ResolvedMention m, Place coarse) {
        return coarse.precision() == Place.Precision.ADMIN_AREA && m.entry().isSeat() && division(coarse).map(m.entry().admin1()::equals).orElse(false);
    }

    /** The first place finer than {@code coarse} and inside it among the mentions of {@code [from, to)}. */
    private Optional<Place> finerIn(Place coarse, int from, int to) {
        for (int i = first(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            ResolvedMention m = mentions.get(i);
            if (m.end() <= to && within(m, coarse)) return Optional.of(m.place());
        }
        return Optional.empty();
    }

    /**
     * {@link #inside}, and in a province by the gazetteer's division code where both are known: Hama city lies within
     * 150 km of Idlib province's point, not in it.
     */
    private boolean within(ResolvedMention fine, Place coarse) {
        if (!inside(fine.place(), coarse)) return false;
        if (coarse.precision() != Place.Precision.ADMIN_AREA || fine.entry().admin1().isEmpty()) return true;
        return division(coarse).map(d -> d.equals(fine.entry().admin1())).orElse(true);
    }

    private static boolean inside(Place fine, Place coarse) {
        return !coarse(fine) && fine.country().equals(coarse.country())
                && (coarse.precision() == Place.Precision.COUNTRY || fine.kilometresTo(coarse).orElse(Double.MAX_VALUE) <= PROVINCE_KM);
    }

    private static boolean coarse(Place p) {
        return p.precision() == Place.Precision.COUNTRY || p.precision() == Place.Precision.ADMIN_AREA;
    }

    private int first(int offset) {
        return Spans.firstAtOrAfter(mentions.size(), k -> mentions.get(k).start(), offset);
    }

    /**
     * The place nearest the figure in {@code [from, to)}, one named as a point of reference ("east of Damascus") only when
     * no other is named but a country or a province; asides only when nothing else is. Where a source is ("SANA's
     * correspondent in Aleppo said") gives way, for one event, to a place inside or by it ("on Salah-Eddin neighborhood in
     * the city"), not to another town.
     */
    private Optional<Place> nearest(int figure, int from, int to, boolean widest) {
        List<Place> sources = widest ? List.of() : sourcePlaces(from, to);
        if (!sources.isEmpty()) {
            Optional<Place> inside = nearest(figure, from, to, false, true);
            if (inside.isPresent() && sources.stream().allMatch(source -> nearSource(inside.get(), source))) return inside;
        }
        return nearest(figure, from, to, widest, false);
    }

    /** The places in {@code [from, to)} named as where a source is. */
    private List<Place> sourcePlaces(int from, int to) {
        List<Place> out = new java.util.ArrayList<>();
        for (int i = first(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            if (whereSourceIs(mentions.get(i))) out.add(mentions.get(i).place());
        }
        return out;
    }

    private Optional<Place> nearest(int figure, int from, int to, boolean widest, boolean skipSources) {
        for (int pass = 0; pass < 2; pass++) {
            boolean asides = pass == 1;
            Optional<Place> scene = nearest(figure, from, to, widest, asides, false, skipSources);
            if (scene.isPresent() && !coarse(scene.get())) return scene;
            Optional<Place> any = nearest(figure, from, to, widest, asides, true, skipSources);
            if (any.isPresent()) return any;
        }
        return Optional.empty();
    }

    /**
     * A place that may be where a source is, or around it: in its country, no coarser, and near it or with no point of its
     * own (a place the gazetteer lacks, named "in the city").
     */
    private static boolean nearSource(Place place, Place source) {
        return place.country().equals(source.country()) && place.precision().ordinal() <= source.precision().ordinal()
                && (place.lat().isEmpty() || source.lat().isEmpty() || place.kilometresTo(source).orElse(0.0) <= SOURCE_KM);
    }

    /** How far from where a source is the place it speaks of may lie (kilometres). */
    private static final double SOURCE_KM = 30;

    /**
     * As {@link #nearest(int, int, int, boolean)}, taking places set off in an aside that does not hold
     * the figure ("forces – stationed in Daraa city – shelled Tafas") only when {@code asides}, and places
     * named only as a point of reference ("Douma, the besieged town east of Damascus") only when {@code references}.
     */
    private Optional<Place> nearest(int figure, int from, int to, boolean widest, boolean asides, boolean references, boolean skipSources) {
        ResolvedMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = first(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            ResolvedMention m = mentions.get(i);
            if (m.end() > to || !asides && aside(m, figure, from, to) || !references && reference(i, from) || skipSources && whereSourceIs(m)) continue;
            int distance = distance(m, figure);
            int wider = best == null ? 0 : Integer.compare(m.place().precision().ordinal(), best.place().precision().ordinal());
            if (widest && wider > 0 || (!widest || wider == 0) && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(ResolvedMention::place);
    }

    /**
     * Whether mention {@code i} only says where the place named just before it lies ("Douma, the besieged town east of
     * Damascus", "Atareb west of Aleppo", "the al-Mawasi area near Khan Younis"): that place is the scene, not this one.
     */
    private boolean reference(int i, int from) {
        if (i == 0 || !RELATIVE.matcher(mentions.get(i).mention().text()).lookingAt()) return false;
        ResolvedMention before = mentions.get(i - 1);
        return before.start() >= from && mentions.get(i).start() - before.end() <= DESCRIPTION_CHARS
                && !RELATIVE.matcher(before.mention().text()).lookingAt();
    }

    /** How far a description of a place may run before the point of reference it names ("the besieged rebel-held town"). */
    private static final int DESCRIPTION_CHARS = 60;

    /** "east of Damascus", "north-west of Aleppo", "near Homs": a place named as a point of reference. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)(?:(?:north|south)[- ]?(?:east|west)?|east|west)\\s+of\\b|near\\b");

    /**
     * "some 160 km north of Damascus": a place the text measures from is no scene when it lies further
     * than {@value #NEAR_REFERENCE_KM} km from it.
     */
    private static boolean farReference(String text, ResolvedMention m) {
        // a distance opens with a digit: most places have none in the words before them, and need no regex
        if (!DIGITS.anyIn(text, Math.max(0, m.start() - 40), m.start())) return false;
        java.util.regex.Matcher d = DISTANCE.matcher(text).region(Math.max(0, m.start() - 40), m.start());
        if (!d.find()) return false;
        double km = Double.parseDouble(d.group(1).replace(",", "")) * (d.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("mi") ? 1.609 : 1);
        return km > NEAR_REFERENCE_KM;
    }

    private static final int NEAR_REFERENCE_KM = 25;

    /** True when the article names {@code p} once at least other than as a far point of reference (see {@link #mentions}). */
    private boolean namedAsScene(Place p) {
        return mentions.stream().anyMatch(m -> m.place().equals(p));
    }
    private static final java.util.regex.Pattern DISTANCE = java.util.regex.Pattern.compile(
            "(\\d[\\d,.]*)\\s*(km|kms|kilometers|kilometres|miles|mi)\\b[^.;]{0,25}?\\b(?:of|from)\\s+(?:the\\s+)?(?:city\\s+of\\s+|town\\s+of\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Literals DIGITS = Literals.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /**
     * True when {@code m} stands between dashes or in brackets within {@code [from, to)} and the figure
     * stands outside them: an aside that says where someone was, not where the harm was.
     */
    private boolean aside(ResolvedMention m, int figure, int from, int to) {
        int open = -1;
        for (int k = m.start() - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == ')' || c == '.') return false;
            if (c == '(' || dash(k)) {
                open = k;
                break;
            }
        }
        if (open < 0) return false;
        // "Ain Al-Arab (Kobani) east of Aleppo": a name alone in brackets is another name of the place before it,
        // unless a name goes on after the brackets ("Al-Qahera (Cairo) News")
        if (text.charAt(open) == '(' && text.substring(open + 1, m.start()).chars().noneMatch(Character::isLetter) && !nameGoesOn(m.end())) {
            return false;
        }
        for (int k = m.end(); k < to; k++) {
            char c = text.charAt(k);
            if (c == '(' || c == '.') return false;
            if (text.charAt(open) == '(' ? c == ')' : dash(k)) return figure < open || figure > k;
        }
        return false;
    }

    /**
     * "Activists in Homs said", "according to the medical source in Hasakeh city": where a source is, not where the harm was;
     * the scene only when the clause names no other place.
     */
    private boolean whereSourceIs(ResolvedMention m) {
        int from = Math.max(0, m.start() - SOURCE_CHARS);
        return SOURCE_WORDS.anyIn(text, from, m.start()) && SOURCE_IN.matcher(text).region(from, m.start()).find();
    }

    private static final int SOURCE_CHARS = 40;
    private static final Literals SOURCE_WORDS = Literals.ignoringCase("activist", "source", "correspondent", "reporter", "monitor",
            "media", "spokes");
    private static final Pattern SOURCE_IN = Pattern.compile("(?i)\\b(?:activists?|sources?|correspondents?|reporters?|monitors?"
            + "|media (?:cent(?:er|re)|office)|spokes(?:man|woman|person))\\s+(?:based\\s+)?in\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$");

    /** True when a capitalised word follows the closing bracket after {@code end}. */
    private boolean nameGoesOn(int end) {
        int k = text.indexOf(')', end);
        if (k < 0 || k - end > 2) return false;
        k++;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        return k < text.length() && Character.isUpperCase(text.charAt(k));
    }

    /** A dash set off by spaces (" – ", " — ", " - "), not a hyphen inside a word. */
    private boolean dash(int k) {
        char c = text.charAt(k);
        return (c == '\u2013' || c == '\u2014' || c == '-') && k > 0 && k + 1 < text.length()
                && Character.isWhitespace(text.charAt(k - 1)) && Character.isWhitespace(text.charAt(k + 1));
    }

    /**
     * The finest place of the nearest sentence before that names one, up to {@value #LOOK_BACK} back; with {@code seats},
     * only the places named in a public body's name ("the Essex County Prosecutor's Office said"), the last resort.
     */
    private Optional<ResolvedMention> earlier(int sentenceIndex, boolean seats) {
        for (int k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - LOOK_BACK); k--) {
            Sentence s = sentences.get(k);
            ResolvedMention finest = null;
            for (int i = first(s.start()); i < mentions.size() && mentions.get(i).start() < s.end(); i++) {
                ResolvedMention m = mentions.get(i);
                if (m.end() > s.end() || bodySeat(m) != seats) continue;
                // the finest; between equals, the last in the sentence
                if (finest == null || m.place().precision().ordinal() <= finest.place().precision().ordinal()) finest = m;
            }
            if (finest != null) return Optional.of(finest);
        }
        return Optional.empty();
    }

    /** "the Essex County Prosecutor's Office", "Huntington Police": a place that names where a public body sits. */
    private boolean bodySeat(ResolvedMention m) {
        return BODY.matcher(text).region(m.mention().textEnd(), Math.min(text.length(), m.mention().textEnd() + BODY_CHARS)).lookingAt();
    }

    private static final int BODY_CHARS = 40;
    private static final Pattern BODY = Pattern.compile("\\s+(?:County\\s+)?(?:Prosecutor|Sheriff|Police|Fire|Medical Examiner|Coroner"
            + "|District Attorney|Attorney|Emergency|Health)\\b");

    /**
     * "a truce between the US and Russia": another country than the article's, named as a whole, is no focus to lend a
     * figure that names no place and follows no sentence that does.
     */
    private static boolean otherCountry(ArticlePlaces places, Place p) {
        return p.precision() == Place.Precision.COUNTRY && places.focusCountry().filter(c -> !p.country().equals(Optional.of(c))).isPresent();
    }

    /**
     * "backed by Russia", "its ally Russia", "what the United States says": another country than the article's, named
     * without a location frame ("in", "near", "inside"), is an actor or a speaker, not where the harm was.
     */
    private static boolean foreignActor(ArticlePlaces places, ResolvedMention m) {
        return !m.mention().framed() && otherCountry(places, m.place());
    }

    /**
     * "Last updated at Feb 02 2015 Beirut Syrian government air strikes ...": a town of another country than the article's,
     * named with no location frame after a date or at a sentence's start and before the story's first capitalised word, is
     * the desk's dateline, not a scene.
     */
    private static boolean foreignDateline(ArticlePlaces places, String text, ResolvedMention m) {
        if (m.mention().framed() || places.focusCountry().isEmpty() || m.place().country().equals(places.focusCountry())) return false;
        int after = m.end();
        if (after + 1 >= text.length() || text.charAt(after) != ' ' || !Character.isUpperCase(text.charAt(after + 1))) return false;
        int before = m.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        return before < 0 || Character.isDigit(text.charAt(before)) || text.charAt(before) == '.' || text.charAt(before) == '\n';
    }

    /**
     * "taken to Robert Wood Johnson University Hospital" in an American story: a town of another country than the article's,
     * unframed and followed by more capitalised words, is a word of a longer name (a person's, a building's), not a scene;
     * nor, where the article names its own country, is one named with no locative cue.
     */
    private static boolean foreignInName(ArticlePlaces places, boolean focusNamed, String text, ResolvedMention m) {
        if (m.mention().framed() || m.place().precision() == Place.Precision.COUNTRY || places.focusCountry().isEmpty()
                || m.place().country().equals(places.focusCountry())) {
            return false;
        }
        // "... including Samar, Safa and Nada": a foreign town's name with no cue is a person's, where the article names its own
        // country or a province of it (the focus is then sure: a lone "Birmingham" may be England's or Alabama's)
        if (!m.mention().cued() && focusNamed) return true;
        int after = m.end();
        if (after + 1 >= text.length() || text.charAt(after) != ' ' || !Character.isUpperCase(text.charAt(after + 1))) return false;
        int end = after + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        // "west of Kirkuk In a separate event": a sentence whose full stop was lost starts there
        return !SENTENCE_OPENERS.contains(text.substring(after + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the article names its focus country, or a province of it. */
    private static boolean focusNamed(ArticlePlaces places) {
        return places.mentions().stream().anyMatch(x -> (x.place().precision() == Place.Precision.COUNTRY || x.place().precision() == Place.Precision.ADMIN_AREA)
                && x.place().country().equals(places.focusCountry()));
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of("in", "on", "at", "the", "a", "an", "and", "but", "as", "after", "before",
            "while", "meanwhile", "earlier", "later", "he", "she", "it", "they", "we", "this", "that", "his", "her", "their", "there");

    /** "Washington's", "Iraq's": a name standing for a state, not a scene ("Britain-based" never reaches here: see MentionFinder). */
    private static boolean harmPlace(String text, ResolvedMention m) {
        int end = m.end();
        // "the city's Saint Joseph's neighborhood": a possessive inside the place's own frame owns nothing
        return m.mention().textEnd() > end + 2
                || !(end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 's');
    }
}
