package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** Country evidence past which an article's countries are taken as known. */
    private static final double SETTLED = 1.5;
    /** What a division the article writes after a name ("Roswell, Ga.") adds for the places inside it. */
    private static final double REGION_BONUS = 2.0;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Resolves every place name in {@code text}; offsets in the result are into {@code text}. */
    public ArticlePlaces resolve(String text) {
        MentionFinder.Scan scan = gazetteer.scan(text);
        CountryEvidence evidence = new CountryEvidence();
        evidence.addDemonyms(scan.demonyms());
        addDatelines(evidence, scan);
        List<GazetteerEntry> anchors = new ArrayList<>();
        for (PlaceMention m : scan.places()) {
            if (selfEvident(m) && oneCountry(m.candidates()) && kindAsWritten(m, m.candidates().get(0))) {
                evidence.addPlace(m.candidates().get(0), m.cued());
                if (m.candidates().size() == 1 && !m.candidates().get(0).isArea()) anchors.add(m.candidates().get(0));
            }
        }
        List<PlaceMention> mentions = scan.places();
        Set<String> regions = Set.copyOf(scan.regions());
        GazetteerEntry[] first = pass(text, mentions, evidence, anchors, Set.of(), regions);
        CountryEvidence settled = new CountryEvidence();
        settled.addDemonyms(scan.demonyms());
        addDatelines(settled, scan);
        List<GazetteerEntry> placed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < first.length; i++) {
            if (first[i] == null) continue;
            settled.addPlace(first[i], mentions.get(i).cued());
            if (!first[i].isArea()) placed.add(first[i]);
            names.add(first[i].name());
        }
        GazetteerEntry[] second = pass(text, mentions, settled, placed, names, regions);
        List<ResolvedMention> resolved = new ArrayList<>();
        for (int i = 0; i < second.length; i++) {
            if (second[i] != null) resolved.add(new ResolvedMention(mentions.get(i), second[i], place(mentions.get(i), second[i])));
        }
        List<ResolvedMention> withUnlisted = UnlistedPlaces.add(text, withoutQualifiers(text, placedWhereSaid(text, resolved)), scan.unlisted(),
                settled.main(), gazetteer);
        return new ArticlePlaces(text, oneSense(withUnlisted, settled.main()), settled.main(), dateline(scan, settled.main()));
    }

    /**
     * The town a dateline names ("BRIDGETON –"), in the article's own country: where a local report was filed, and so
     * where its events are when it names no other place for them. A wire's dateline abroad ("BEIRUT (AFP)" over Syria)
     * says nothing of where.
     */
    private static Optional<ResolvedMention> dateline(MentionFinder.Scan scan, Optional<String> country) {
        if (country.isEmpty() || scan.datelines().isEmpty()) return Optional.empty();
        PlaceMention m = scan.datelines().get(0);
        return m.candidates().stream().filter(c -> c.country().equals(country.get()) && c.precision() == Place.Precision.CITY)
                .max(java.util.Comparator.comparingLong(GazetteerEntry::population))
                .map(e -> new ResolvedMention(m, e, place(m, e)));
    }

    /**
     * "the Sulaymaniyah neighborhood of the Syrian city of Aleppo" and, further down, "the Sulaymaniyah area": a name the
     * article places in its own country once means that place wherever else it stands, not a namesake abroad (Iraq's
     * Sulaymaniyah).
     */
    static List<ResolvedMention> oneSense(List<ResolvedMention> resolved, Optional<String> country) {
        if (country.isEmpty()) return resolved;
        Map<String, ResolvedMention> home = new HashMap<>();
        for (ResolvedMention m : resolved) {
            if (m.entry().country().equals(country.get()) && m.place().precision() != Place.Precision.COUNTRY) {
                home.putIfAbsent(m.mention().surface().toLowerCase(java.util.Locale.ROOT), m);
            }
        }
        List<ResolvedMention> out = new ArrayList<>(resolved.size());
        for (ResolvedMention m : resolved) {
            ResolvedMention same = m.entry().country().equals(country.get()) || m.place().precision() == Place.Precision.COUNTRY ? null
                    : home.get(m.mention().surface().toLowerCase(java.util.Locale.ROOT));
            out.add(same == null ? m : new ResolvedMention(m.mention(), same.entry(), place(m.mention(), same.entry())));
        }
        return out;
    }

    /**
     * "Syria's Aleppo city", "Aleppo, Syria": a country or province written against a place inside it
     * only says where that place lies; the place itself is the scene, so the qualifier is dropped.
     */
    static List<ResolvedMention> withoutQualifiers(String text, List<ResolvedMention> resolved) {
        boolean[] drop = new boolean[resolved.size()];
        for (int i = 0; i + 1 < resolved.size(); i++) {
            ResolvedMention a = resolved.get(i), b = resolved.get(i + 1);
            if (!a.entry().country().equals(b.entry().country()) || !qualifierGap(text, a.end(), b.start())) continue;
            int ca = a.place().precision().ordinal(), cb = b.place().precision().ordinal();
            if (ca > cb) drop[i] = true;
            else if (cb > ca) drop[i + 1] = true;
        }
        List<ResolvedMention> out = new ArrayList<>();
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) out.add(resolved.get(i));
        }
        return out;
    }

    /**
     * "the area of Beit Jann in southern Syria": a name the gazetteer knows only in another country than
     * the one the text puts it in is another place of the name, in that country (with no point).
     */
    static List<ResolvedMention> placedWhereSaid(String text, List<ResolvedMention> resolved) {
        List<ResolvedMention> out = new ArrayList<>(resolved);
        for (int i = 0; i + 1 < out.size(); i++) {
            ResolvedMention a = out.get(i), b = out.get(i + 1);
            if (b.place().precision() != Place.Precision.COUNTRY || a.place().precision() == Place.Precision.COUNTRY
                    || a.entry().country().equals(b.entry().country()) || !IN_COUNTRY.matcher(text.substring(a.end(), Math.max(a.end(), b.start()))).matches()) {
                continue;
            }
            GazetteerEntry e = a.entry();
            GazetteerEntry there = new GazetteerEntry(a.mention().surface(), b.entry().country(), "", Double.NaN, Double.NaN, 0, UnlistedPlaces.KIND,
                    Optional.empty(), e.precision());
            out.set(i, new ResolvedMention(a.mention(), there, place(a.mention(), there)));
        }
        return out;
    }

    private static final java.util.regex.Pattern IN_COUNTRY = java.util.regex.Pattern.compile(
            "\\s*(?:,|in(?:\\s+(?:the\\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western))?)\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Only a possessive ("'s", or an "s" whose apostrophe was lost), a comma or a space between two names. */
    private static boolean qualifierGap(String text, int from, int to) {
        if (to < from || to - from > 4) return false;
        String gap = text.substring(from, to).replace('\u2019', '\'').strip();
        return gap.isEmpty() || gap.equals(",") || gap.equals("'s") || gap.equals("s") || gap.equals("'");
    }

    /** A dateline ("CHICAGO -") says in which country the report was filed: evidence enough to settle it, though no scene. */
    private static void addDatelines(CountryEvidence evidence, MentionFinder.Scan scan) {
        for (PlaceMention m : scan.datelines()) {
            if (oneCountry(m.candidates())) evidence.add(m.candidates().get(0).country(), SETTLED);
        }
    }

    private static boolean selfEvident(PlaceMention m) {
        if (m.cued()) return true;
        for (GazetteerEntry c : m.candidates()) {
            if (c.isArea() || c.population() >= BIG_CITY) return true;
        }
        return false;
    }

    /**
     * Whether a province is what its frame names, when it names a kind: "the Haas village" is no evidence of Bhutan's
     * Haa province.
     */
    private static boolean kindAsWritten(PlaceMention m, GazetteerEntry c) {
        if (m.hint().isEmpty()) return true;
        Place.Precision hint = m.hint().get();
        return c.precision() != Place.Precision.ADMIN_AREA || hint == Place.Precision.ADMIN_AREA;
    }

    private static boolean oneCountry(List<GazetteerEntry> candidates) {
        String country = candidates.get(0).country();
        for (GazetteerEntry c : candidates) {
            if (!c.country().equals(country)) return false;
        }
        return true;
    }

    /** The place each mention means, or null where none is plausible. */
    private GazetteerEntry[] pass(String text, List<PlaceMention> mentions, CountryEvidence evidence,
                                  List<GazetteerEntry> anchors, Set<String> placedNames, Set<String> regions) {
        GazetteerEntry[] out = new GazetteerEntry[mentions.size()];
        Anchors near = new Anchors(anchors);
        for (int i = 0; i < out.length; i++) {
            PlaceMention m = mentions.get(i);
            // A name is no evidence for itself: the anchors it may stand for do not count for it.
            boolean[] own = near.ownedBy(m.candidates());
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY, bestProximity = 0;
            for (GazetteerEntry c : m.candidates()) {
                double proximity = near.proximity(c, own);
                double s = score(m, c, evidence, proximity, placedNames)
                        + (!regions.isEmpty() && regions.contains(c.country() + "." + c.admin1()) ? REGION_BONUS : 0);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                    bestProximity = proximity;
                }
            }
            if (best != null && plausible(text, m, best, evidence, bestProximity)) out[i] = best;
        }
        return out;
    }

    /** {@code proximity} is {@link Anchors#proximity}: 1 near another place the article names, 0.5 in its region. */
    private static double score(PlaceMention m, GazetteerEntry c, CountryEvidence evidence,
                                double proximity, Set<String> placedNames) {
        double s = 3.0 * evidence.share(c.country()) + proximity + prior(c);
        if (m.hint().isPresent()) s += m.hint().get() == c.precision() ? 1.5 : 0;
        if (c.parent().isPresent()) s += placedNames.contains(c.parent().get()) ? 1.0 : -1.0;
        return s;
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
    private boolean plausible(String text, PlaceMention m, GazetteerEntry c, CountryEvidence evidence, double proximity) {
        if (c.parent().isPresent() && m.hint().isEmpty() && !m.cued()) return false;
        // "Indian River County", "Springfield Township": a division the gazetteer lacks is no town of its name
        if (!c.isArea() && m.textEnd() > m.end() && minorDivision(m)) return false;
        double share = evidence.share(c.country());
        boolean foreign = share == 0 && evidence.total() >= SETTLED && !c.isArea();
        if (foreign && (c.population() < BIG_CITY || !ownName(m, c))) return false;
        // "the Pilsen neighborhood" of a Chicago story is no city abroad: a foreign place must be of the kind the text names
        if (foreign && m.hint().isPresent() && m.hint().get() != c.precision()) return false;
        // "the Haas village": a settlement's frame names no province or country
        if (c.precision() == Place.Precision.ADMIN_AREA && m.hint().filter(h -> h == Place.Precision.CITY || h == Place.Precision.NEIGHBOURHOOD).isPresent()) {
            return false;
        }
        // "al-Meridian neighborhood": a name matched only by dropping its Arabic article is no place outside the lands
        // whose names are written so (Meridian, Mississippi; Naas, Ireland)
        if (articleDropped(text, m, c) && !ARABIC_NAMES.contains(c.country())) return false;
        if (m.framed() || c.isArea() || share >= 0.2 || proximity > 0) return true;
        return (c.population() >= HUGE_CITY || (c.population() >= BIG_CITY && !foreign)) && ownName(m, c);
    }

    private boolean minorDivision(PlaceMention m) {
        String text = m.text();
        int space = text.lastIndexOf(' ');
        return space > 0 && gazetteer.lexicon().isMinorDivision(Lexicon.fold(text.substring(space + 1)));
    }

    /**
     * Where place names are written with an Arabic article ("al-", "el-"): the Arab states, and the neighbours whose
     * Arabic-speaking regions or whose press transliterate so (Israel, Turkey, Iran, Afghanistan, Pakistan, Chad, Eritrea).
     */
    private static final Set<String> ARABIC_NAMES = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
            "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "IL", "TR", "IR", "AF", "PK", "TD", "ER");

    /** True when the name is written with an Arabic article ("al-Meridian") that the place's own name lacks ("Meridian"). */
    private static boolean articleDropped(String text, PlaceMention m, GazetteerEntry c) {
        int at = m.start();
        boolean before = at >= 3 && text.charAt(at - 1) == '-' && withArticle(text, at - 3) && (at == 3 || !Character.isLetter(text.charAt(at - 4)));
        return (before || withArticle(m.surface(), 0)) && !withArticle(c.name(), 0);
    }

    /** Whether {@code s} holds "al-", "el-", "Al " or the like at {@code at}. */
    private static boolean withArticle(String s, int at) {
        return s.length() > at + 3 && (s.regionMatches(true, at, "al", 0, 2) || s.regionMatches(true, at, "el", 0, 2))
                && (s.charAt(at + 2) == '-' || s.charAt(at + 2) == ' ');
    }

    /** True when the name as written ends with the place's own name ("Mosul", not an other-language alias). */
    private static boolean ownName(PlaceMention m, GazetteerEntry c) {
        if (c.isArea()) return true;
        String name = Lexicon.fold(c.name());
        return Lexicon.fold(m.surface()).endsWith(name.startsWith("al ") ? name.substring(3) : name);
    }

    static Place place(PlaceMention m, GazetteerEntry e) {
        boolean located = e.hasCoordinates();
        return new Place(Optional.of(m.text()), Optional.of(e.name()), Optional.of(e.country()),
                located ? OptionalDouble.of(e.lat()) : OptionalDouble.empty(),
                located ? OptionalDouble.of(e.lon()) : OptionalDouble.empty(), e.precision());
    }
}
