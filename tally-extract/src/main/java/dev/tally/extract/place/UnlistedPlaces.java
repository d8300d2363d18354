package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places the gazetteer lacks, placed by what the text says of them ({@link UnlistedName}). A name
 * followed by the place it lies in ("al-Sheikh Maqsoud neighborhood in Aleppo city", "Nahleh town in
 * Idlib province", "the village of X northeast of Aleppo") or preceded by its owner ("Aleppo's Marjeh
 * district") takes that place as its parent: its country and its point. Within a settlement the
 * point is good to a few kilometres (a neighbourhood, or a village near a town: monitors code such a
 * place at the nearest known point), and the place keeps its own precision; within a province or a
 * country the point is the area's, so the place takes the area's precision, which is all that is
 * known of where it lies. The parent's own mention is then only the qualifier and gives way ("Aleppo
 * city" is no second scene). A name with no parent takes the article's country and no point: an
 * honest null beats a guessed one. The name shown follows the gazetteer's convention for a place
 * inside another: "Sheikh Maqsoud, Aleppo".
 */
final class UnlistedPlaces {
    /** The entry kind of a place made here: the gazetteer did not list it. */
    static final String KIND = "unlisted";
    /**
     * What may stand between a name's frame and its parent: a comma or a preposition ("in", "of",
     * "near") or a direction ("northeast of"), with "the" and one capitalised word ("of Syria's eastern
     * city of", "of Old Damascus"); never nothing, as "the X district the Britain-based monitor said"
     * is a run-on sentence, not a place inside Britain.
     */
    private static final String DIRECTION = "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)";
    private static final String PREPOSITION = "(?:in|of|near|outside|inside|at|on)\\s+";
    private static final Pattern GAP = Pattern.compile("(?:\\s*,\\s*(?:" + PREPOSITION + ")?|\\s+" + PREPOSITION + "|\\s+(?=" + DIRECTION + "))"
            + "(?:the\\s+)?(?:\\p{Lu}\\p{L}*(?:['\u2019]s)?\\s+)?(?:" + DIRECTION + "(?:ern)?\\s+(?:of\\s+)?)?(?:the\\s+)?");
    private static final Pattern OWNER_GAP = Pattern.compile("['’]s\\s+");

    /** How far from the town a known place of the same name must lie to be another place than the town's part. */
    private static final double HOMONYM_KM = 25;

    private UnlistedPlaces() {}

    /**
     * {@code resolved} (in text order) with the unlisted names added and their parents' mentions
     * taken out; a name that overlaps a resolved mention is passed over.
     */
    static List<ResolvedMention> add(String text, List<ResolvedMention> resolved, List<UnlistedName> names, Optional<String> country,
                                     Gazetteer gazetteer) {
        if (names.isEmpty()) return resolved;
        List<ResolvedMention> out = new ArrayList<>(resolved);
        // Right to left, so that a parent that is itself unlisted ("the X area of Y district, Paktika") is placed first.
        for (int n = names.size() - 1; n >= 0; n--) {
            UnlistedName u = names.get(n);
            // A known name inside the new one ("al-Bab" in "Tareeq al-Bab") is part of it, not a place of its own.
            List<ResolvedMention> known = out.stream().filter(r -> r.start() >= u.start() && r.end() <= u.end()).toList();
            List<ResolvedMention> rest = new ArrayList<>(out);
            rest.removeAll(known);
            int after = firstAtOrAfter(rest, u.start());
            if (after > 0 && rest.get(after - 1).mention().textEnd() > u.start()) continue;
            if (after < rest.size() && rest.get(after).start() < u.textEnd()) continue;
            int parent = parent(text, rest, after, u.textEnd());
            if (parent < 0) parent = owner(text, rest, after - 1, u.textStart());
            boolean adjacent = parent >= 0;
            int owning = adjacent ? parent : townOfTheArticle(text, rest, after - 1, u.textStart(), names);
            if (!u.fresh() && !known.isEmpty() && !(owning >= 0 ? homonyms(u, known, rest.get(owning).entry()) : abroad(u, known, rest, country))) continue;
            Optional<ResolvedMention> owner = owning >= 0 ? Optional.of(rest.get(owning)) : Optional.empty();
            ResolvedMention made = spelledInGazetteer(text, u, owner, country, gazetteer)
                    .or(() -> u.headed() ? Optional.empty() : owner.map(p -> inside(text, u, p, adjacent)))
                    .or(() -> spelledElsewhere(text, u, rest).filter(r -> !u.headed() || r.entry().hasCoordinates()))
                    .or(() -> u.headed() ? Optional.empty() : alone(text, u, stateAfter(text, u.textEnd(), gazetteer.lexicon()).or(() -> country)))
                    .orElse(null);
            if (made == null) continue;
            if (parent >= 0) rest.remove(parent);
            rest.add(parent >= 0 && parent < after ? after - 1 : after, made);
            out = rest;
        }
        return out;
    }

    /**
     * "the Sulaymaniyah neighborhood of the Syrian city of Aleppo", "Oakland's Laurel district": a part of a town that the
     * gazetteer knows only as places of another kind far from that town is another place of the name; so is
     * any name it knows only in another country than the place the text puts it in.
     */
    private static boolean homonyms(UnlistedName u, List<ResolvedMention> known, GazetteerEntry parent) {
        // "the Salah al-Din district of Aleppo": a name the gazetteer knows only in another country than where the text puts it
        if (!known.isEmpty() && known.stream().noneMatch(r -> r.entry().country().equals(parent.country()))) return true;
        // a neighbourhood, a district or an area of a town ("Oakland's Laurel district", "the Olney section of Philadelphia")
        boolean part = u.type().equals("NEIGHBOURHOOD") || u.type().equals(Lexicon.ANY);
        if (!part || parent.isArea() || !parent.hasCoordinates()) return false;
        for (ResolvedMention r : known) {
            GazetteerEntry e = r.entry();
            if (e.precision() == Place.Precision.NEIGHBOURHOOD || !e.hasCoordinates() || e.kmTo(parent) <= HOMONYM_KM) return false;
        }
        return true;
    }

    /**
     * "the village of al-Bureij" in a Syrian article: a settlement framed as one whose name the gazetteer
     * knows only as small places in another country than the article's, a country no other place of the article
     * lies in, is another place of the name, in the article's country; so is one framed as another kind of place than
     * every place of the name ("the al-Sulaymaniyah neighborhood", not Iraq's city). A big city or a province's seat
     * abroad framed as what it is keeps its name: "the city of Mosul", "the border city of Kilis" in a Syrian article.
     */
    private static boolean abroad(UnlistedName u, List<ResolvedMention> known, List<ResolvedMention> others, Optional<String> country) {
        return country.isPresent() && !u.type().equals(Lexicon.ANY) && (minor(known) || otherKind(u, known))
                && known.stream().map(r -> r.entry().country()).noneMatch(c -> c.equals(country.get())
                        || others.stream().anyMatch(o -> o.entry().country().equals(c)));
    }

    /** Every known place of the name is of another kind than the frame names. */
    private static boolean otherKind(UnlistedName u, List<ResolvedMention> known) {
        return known.stream().noneMatch(r -> r.entry().precision().name().equals(u.type()));
    }

    /** True when every place in {@code known} is a settlement or a part of one, neither big nor a seat of government. */
    private static boolean minor(List<ResolvedMention> known) {
        return known.stream().map(ResolvedMention::entry).allMatch(e -> !e.isArea() && e.population() < GazetteerLoader.BIG_CITY && !e.isSeat());
    }

    private static int firstAtOrAfter(List<ResolvedMention> mentions, int offset) {
        int i = 0;
        while (i < mentions.size() && mentions.get(i).start() < offset) i++;
        return i;
    }

    /** The index of the mention the frame ending at {@code frameEnd} places its name in, or -1. */
    private static int parent(String text, List<ResolvedMention> mentions, int next, int frameEnd) {
        if (next >= mentions.size()) return -1;
        ResolvedMention p = mentions.get(next);
        // The gap runs to the parent's frame ("eastern city of Deir ez-Zor") or, where the frame opens with its own cue ("in the Shaboura camp"), to its name.
        if (!gap(text, frameEnd, p.mention().textStart()) && !gap(text, frameEnd, p.start())) return -1;
        // "of Syria's eastern city of Deir ez-Zor": a country that qualifies the next place gives way to it.
        if (p.place().precision() == Place.Precision.COUNTRY && next + 1 < mentions.size()) {
            int further = parent(text, mentions, next + 1, p.end());
            if (further >= 0 && mentions.get(further).entry().country().equals(p.entry().country())) return further;
        }
        return next;
    }

    private static boolean gap(String text, int from, int to) {
        return to >= from && to - from <= 40 && GAP.matcher(text.substring(from, to)).matches();
    }

    /** The index of the place whose possessive opens the frame ("Aleppo's Marjeh district"), or -1. */
    private static int owner(String text, List<ResolvedMention> mentions, int before, int frameStart) {
        if (before < 0) return -1;
        ResolvedMention p = mentions.get(before);
        return p.end() <= frameStart && OWNER_GAP.matcher(text.substring(p.end(), frameStart)).matches() ? before : -1;
    }

    /**
     * "in the city's Edgewood neighborhood": the town the article has named most often before "the city's" (or "the
     * town's"; of two named as often, the later) owns the part written after it; its index, or -1. A known name inside
     * another unlisted name ("Edgewood" in "the city's Edgewood neighborhood") is no town.
     */
    private static int townOfTheArticle(String text, List<ResolvedMention> mentions, int before, int frameStart, List<UnlistedName> names) {
        if (before < 0 || !THE_TOWNS.matcher(text.substring(Math.max(0, frameStart - THE_TOWNS_CHARS), frameStart)).find()) return -1;
        int best = -1, bestTimes = 0;
        for (int i = before; i >= 0; i--) {
            ResolvedMention m = mentions.get(i);
            if (!town(m, names)) continue;
            int times = 0;
            for (int j = 0; j <= before; j++) {
                if (town(mentions.get(j), names) && GazetteerEntry.same(mentions.get(j).entry(), m.entry())) times++;
            }
            if (times > bestTimes) {
                best = i;
                bestTimes = times;
            }
        }
        return best;
    }

    private static boolean town(ResolvedMention m, List<UnlistedName> names) {
        return m.place().precision() == Place.Precision.CITY && m.entry().hasCoordinates()
                && names.stream().noneMatch(n -> m.start() >= n.start() && m.end() <= n.end());
    }

    private static final int THE_TOWNS_CHARS = 16;
    private static final Pattern THE_TOWNS = Pattern.compile("\\b(?i:the)\\s+(?:city|town)['’]s\\s+(?:the\\s+)?$");

    /**
     * The unlisted name as a part of {@code parent}; the place's text takes in the parent's mention where the text writes
     * them together ({@code adjacent}: "Aleppo's Marjeh district"), not where the parent was named before.
     */
    private static ResolvedMention inside(String text, UnlistedName u, ResolvedMention parent, boolean adjacent) {
        GazetteerEntry p = parent.entry();
        // Inside an area the point is the area's, and says no more than the area's precision does.
        Place.Precision precision = p.isArea() || u.type().equals("ADMIN_AREA") ? Place.Precision.ADMIN_AREA : switch (u.type()) {
            case "CITY" -> Place.Precision.CITY;
            default -> Place.Precision.NEIGHBOURHOOD;
        };
        GazetteerEntry entry = new GazetteerEntry(u.name() + ", " + p.name(), p.country(), p.admin1(), p.lat(), p.lon(), 0, KIND,
                Optional.of(p.name()), precision);
        return adjacent ? resolved(text, u, Math.min(u.textStart(), parent.mention().textStart()), Math.max(u.textEnd(), parent.mention().textEnd()), entry)
                : resolved(text, u, u.textStart(), u.textEnd(), entry);
    }

    /**
     * "the city of Al-Qamishly" in an article that names Qamishli: a name the gazetteer lacks that is
     * another spelling of a place the article names (the same consonants, the article and vowels aside)
     * is that place.
     */
    private static Optional<ResolvedMention> spelledElsewhere(String text, UnlistedName u, List<ResolvedMention> placed) {
        String key = skeleton(u.name()), loose = looseSkeleton(u.name());
        if (key.length() < MIN_SKELETON) return Optional.empty();
        for (ResolvedMention r : placed) {
            if (skeleton(r.mention().surface()).equals(key) || skeleton(r.entry().name()).equals(key)
                    || loose.length() > MIN_SKELETON_INSIDE && (looseSkeleton(r.mention().surface()).equals(loose) || looseSkeleton(r.entry().name()).equals(loose))) {
                PlaceMention m = new PlaceMention(u.start(), u.end(), u.name(), u.textStart(), u.textEnd(),
                        text.substring(u.textStart(), u.textEnd()), true, true, Optional.of(r.entry().precision()), List.of(r.entry()));
                return Optional.of(new ResolvedMention(m, r.entry(), PlaceResolver.place(m, r.entry())));
            }
        }
        return Optional.empty();
    }

    /**
     * "the center of Tal Rifaat district": a settlement the gazetteer knows under another spelling
     * (the same consonants: "Tall Rif'at"; failing that, the same with an "h" after a consonant dropped: "Khan Shaykhun"
     * for "Khan Skeikhoun"), in the parent's country and near it, or else in the
     * article's country. Only when the spelling names one place, or places within {@value #SAME_PLACE_KM} km
     * of each other (the most populous is taken); never for a neighbourhood, which would be named as a town.
     */
    private static Optional<ResolvedMention> spelledInGazetteer(String text, UnlistedName u, Optional<ResolvedMention> parent,
                                                                Optional<String> country, Gazetteer gazetteer) {
        String key = skeleton(u.name());
        // three consonants ("Taduf", "Ahsem") match by chance in a country of many villages: only inside a parent the text names
        if (key.length() < (parent.isPresent() ? MIN_SKELETON_INSIDE : MIN_SKELETON) || u.type().equals("NEIGHBOURHOOD")) return Optional.empty();
        Optional<String> where = parent.map(p -> p.entry().country()).or(() -> country);
        if (where.isEmpty()) return Optional.empty();
        List<GazetteerEntry> strict = spelledIn(gazetteer, where.get(), key, parent);
        String loose = looseSkeleton(u.name());
        List<GazetteerEntry> found = !strict.isEmpty() || loose.length() <= MIN_SKELETON_INSIDE ? strict : spelledIn(gazetteer, where.get(), loose, parent);
        if (found.isEmpty() || found.stream().anyMatch(e -> e.kmTo(found.get(0)) > SAME_PLACE_KM)) return Optional.empty();
        GazetteerEntry e = found.get(0);
        PlaceMention m = new PlaceMention(u.start(), u.end(), u.name(), u.textStart(), u.textEnd(),
                text.substring(u.textStart(), u.textEnd()), true, true, Optional.of(e.precision()), List.of(e));
        return Optional.of(new ResolvedMention(m, e, PlaceResolver.place(m, e)));
    }

    private static List<GazetteerEntry> spelledIn(Gazetteer gazetteer, String country, String key, Optional<ResolvedMention> parent) {
        return gazetteer.spelledLike(country, key).stream().filter(e -> parent.map(p -> within(e, p.entry())).orElse(true)).toList();
    }

    /**
     * True when {@code e} can lie in {@code parent}: the same first-level division, or near its point. A division's seat
     * ("the Khan Shaykun town in Idlib") stands for its division as often as for the town.
     */
    private static boolean within(GazetteerEntry e, GazetteerEntry parent) {
        boolean division = !parent.admin1().isEmpty() && parent.admin1().equals(e.admin1());
        if (parent.isArea()) return division;
        return parent.hasCoordinates() && e.kmTo(parent) <= HOMONYM_KM || parent.kind().equals("PPLA") && division;
    }

    private static final double SAME_PLACE_KM = 10;

    /** Consonants shorter than this say too little to match spellings ("Waer" against "Wara"). */
    private static final int MIN_SKELETON = 4, MIN_SKELETON_INSIDE = 3;

    /** A name's consonants, folded, with a leading Arabic article and doubled letters dropped: "Al-Qamishly" and "Qamishli" are "qmshl". */
    static String skeleton(String name) {
        return Place.consonants(Lexicon.fold(name));
    }

    /** {@link #skeleton} with an "h" after a consonant dropped ("Shaykun" and "Sheikhoun" are "skn"), marked apart from it by a "~". */
    static String looseSkeleton(String name) {
        return "~" + Place.consonants(Lexicon.fold(name), true);
    }

    /**
     * "in Greenville County, SC", "Indian River County, Fla.": the country of the state written after a name, by its postal
     * code or abbreviation; a name the text places so is in that country, whatever country the rest of the article names.
     */
    static Optional<String> stateAfter(String text, int end, Lexicon lex) {
        java.util.regex.Matcher m = STATE_AFTER.matcher(text).region(end, Math.min(text.length(), end + STATE_CHARS));
        if (!m.lookingAt()) return Optional.empty();
        String code = m.group(1) != null ? m.group(1) : m.group(2).replace(".", "");
        return lex.region(Tokens.of(code).word(0)).map(r -> r.substring(0, r.indexOf('.')));
    }

    private static final int STATE_CHARS = 12;
    /** ", SC", ", N.C.", ", Fla.": a postal code in capitals, letters with full stops, or a capitalised abbreviation. */
    private static final Pattern STATE_AFTER = Pattern.compile("\\s*,\\s*(?:(\\p{Lu}{2})\\b(?!['\u2019\\p{L}])|((?:\\p{Lu}\\.){2}|\\p{Lu}\\p{Ll}{2,4}\\.))");

    private static Optional<ResolvedMention> alone(String text, UnlistedName u, Optional<String> country) {
        Place.Precision precision = switch (u.type()) {
            case "NEIGHBOURHOOD" -> Place.Precision.NEIGHBOURHOOD;
            case "ADMIN_AREA" -> Place.Precision.ADMIN_AREA;
            default -> Place.Precision.CITY;
        };
        return country.map(c -> new GazetteerEntry(u.name(), c, "", Double.NaN, Double.NaN, 0, KIND, Optional.empty(), precision))
                .map(e -> resolved(text, u, u.textStart(), u.textEnd(), e));
    }

    private static ResolvedMention resolved(String text, UnlistedName u, int textStart, int textEnd, GazetteerEntry e) {
        PlaceMention m = new PlaceMention(u.start(), u.end(), u.name(), textStart, textEnd, text.substring(textStart, textEnd),
                true, true, Optional.of(e.precision()), List.of(e));
        return new ResolvedMention(m, e, PlaceResolver.place(m, e));
    }
}
